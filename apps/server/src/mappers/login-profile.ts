import type { LoginProfile } from '@gatehouse/contracts/login-profile';
import type { UserLoginProfile } from '../services/login-profiles/get-login-profile.js';

export function toLoginProfile({ user, profile }: UserLoginProfile): LoginProfile {
  return {
    userName: user.name,
    createDate: profile.createdAt.toISOString(),
    passwordResetRequired: profile.passwordResetRequired,
  };
}
