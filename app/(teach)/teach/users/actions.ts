"use server";

import { revalidatePath } from "next/cache";
import { refusedAsValue } from "@/lib/authoring/results";
import { changeRole, setDisabled } from "@/lib/users/admin";

export async function changeRoleAction(input: { userId: string; role: string }) {
  return refusedAsValue(async () => {
    const result = await changeRole(input);
    if (result.ok) revalidatePath("/teach/users");
    return result;
  });
}

export async function setDisabledAction(input: { userId: string; disabled: boolean }) {
  return refusedAsValue(async () => {
    const result = await setDisabled(input);
    if (result.ok) revalidatePath("/teach/users");
    return result;
  });
}
