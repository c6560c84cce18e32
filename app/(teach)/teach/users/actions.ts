"use server";

import { refusedAsValue } from "@/lib/authoring/results";
import { changeRole, setDisabled } from "@/lib/users/admin";

export async function changeRoleAction(input: { userId: string; role: string }) {
  return refusedAsValue(() => changeRole(input));
}

export async function setDisabledAction(input: { userId: string; disabled: boolean }) {
  return refusedAsValue(() => setDisabled(input));
}
