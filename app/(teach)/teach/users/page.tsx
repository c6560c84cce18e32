import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/admin";
import { UserRow } from "./user-row";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePageUser("/teach/users", ["ADMIN"]);
  const users = await listUsers();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Users</h1>
      <p className="text-slate-700">
        Change roles or disable an account. A disabled account can’t sign in; everything it did
        stays.
      </p>
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">All accounts</caption>
          <thead className="bg-slate-50 text-slate-800">
            <tr>
              <th scope="col" className="p-3">
                Account
              </th>
              <th scope="col" className="p-3">
                Activity
              </th>
              <th scope="col" className="p-3">
                Role
              </th>
              <th scope="col" className="p-3">
                Access
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {users.map((u) => (
              <UserRow
                key={u.id}
                user={{
                  id: u.id,
                  email: u.email,
                  name: u.name,
                  role: u.role,
                  disabled: u.disabled,
                  reviews: u._count.reviewLogs,
                  attempts: u._count.quizAttempts,
                }}
                self={u.id === me.id}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
