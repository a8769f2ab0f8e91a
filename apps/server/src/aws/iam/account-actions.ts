import { getAccountAuthorizationDetails } from '../../services/account/authorization-details/get-account-authorization-details.js';
import { deleteAccountAlias } from '../../services/account/delete-account-alias.js';
import { getAccountSummary } from '../../services/account/get-account-summary.js';
import { listAccountAliases } from '../../services/account/list-account-aliases.js';
import { setAccountAlias } from '../../services/account/set-account-alias.js';
import { generateCredentialReport } from '../../services/credentials/credential-report/generate-credential-report.js';
import { getCredentialReport } from '../../services/credentials/credential-report/get-credential-report.js';
import { deletePasswordPolicy } from '../../services/credentials/password-policy/delete-password-policy.js';
import { getPasswordPolicy } from '../../services/credentials/password-policy/get-password-policy.js';
import { updatePasswordPolicy } from '../../services/credentials/password-policy/update-password-policy.js';
import type { AwsActionTable } from '../action-table.js';
import { AwsError } from '../protocol/aws-error.js';
import {
  awsGroupDetail,
  awsManagedPolicyDetail,
  awsPasswordPolicy,
  awsRoleDetail,
  awsSummaryMap,
  awsUserDetail,
} from './account-shapes.js';
import { withAwsErrorCodes } from './aws-error-codes.js';
import { pageOf, truncation } from './paging.js';

const passwordPolicyActions: AwsActionTable = {
  UpdateAccountPasswordPolicy: async (ctx, input) => {
    await updatePasswordPolicy({
      ctx,
      request: {
        minimumPasswordLength: input.MinimumPasswordLength,
        requireSymbols: input.RequireSymbols,
        requireNumbers: input.RequireNumbers,
        requireUppercaseCharacters: input.RequireUppercaseCharacters,
        requireLowercaseCharacters: input.RequireLowercaseCharacters,
        allowUsersToChangePassword: input.AllowUsersToChangePassword,
        maxPasswordAge: input.MaxPasswordAge,
        passwordReusePrevention: input.PasswordReusePrevention,
        hardExpiry: input.HardExpiry,
      },
    });
  },
  GetAccountPasswordPolicy: async (ctx) => {
    const { policy } = await getPasswordPolicy({ ctx });
    // The console shows AWS's default rules when there is no policy; AWS's API says there is none.
    if (!policy) {
      throw new AwsError(
        'NoSuchEntity',
        `The Password Policy with domain name ${ctx.principal.accountId} cannot be found.`,
        404,
      );
    }
    return { PasswordPolicy: awsPasswordPolicy(policy) };
  },
  DeleteAccountPasswordPolicy: async (ctx) => {
    await deletePasswordPolicy({ ctx });
  },
};

const aliasActions: AwsActionTable = {
  CreateAccountAlias: async (ctx, input) => {
    await setAccountAlias({ ctx, alias: input.AccountAlias });
  },
  DeleteAccountAlias: async (ctx, input) => {
    await deleteAccountAlias({ ctx, alias: input.AccountAlias });
  },
  // An account has at most one alias: the list is never truncated.
  ListAccountAliases: async (ctx) => ({
    AccountAliases: await listAccountAliases({ ctx }),
    IsTruncated: false,
  }),
};

const reportActions: AwsActionTable = {
  GetAccountSummary: async (ctx) => ({ SummaryMap: awsSummaryMap(await getAccountSummary({ ctx })) }),
  // Gatehouse writes the report at once, so it is complete when the call returns.
  GenerateCredentialReport: async (ctx) => {
    await generateCredentialReport({ ctx });
    return { State: 'COMPLETE' };
  },
  GetCredentialReport: async (ctx) => {
    const report = await withAwsErrorCodes(() => getCredentialReport({ ctx }));
    return {
      Content: Buffer.from(report.content, 'utf8'),
      ReportFormat: 'text/csv',
      GeneratedTime: report.generatedAt,
    };
  },
  GetAccountAuthorizationDetails: async (ctx, input) => {
    const page = await getAccountAuthorizationDetails({ ctx, filter: input.Filter, ...pageOf(input) });
    return {
      UserDetailList: page.users.map(awsUserDetail),
      GroupDetailList: page.groups.map(awsGroupDetail),
      RoleDetailList: page.roles.map(awsRoleDetail),
      Policies: page.policies.map(awsManagedPolicyDetail),
      ...truncation(page),
    };
  },
};

export const accountActions: AwsActionTable = {
  ...passwordPolicyActions,
  ...aliasActions,
  ...reportActions,
};
