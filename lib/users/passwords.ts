/** Password hashing with bcrypt (bcryptjs: pure JS, so no native build or binary download). */
import bcrypt from "bcryptjs";

const COST = 11;

export const hashPassword = (password: string) => bcrypt.hash(password, COST);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);
