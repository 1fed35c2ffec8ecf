import { graphql } from '../../gql';

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      status
      expiresAt
    }
  }
`);

export const VerifySecondFactorMutation = graphql(`
  mutation VerifySecondFactor($code: String!) {
    verifySecondFactor(code: $code) {
      status
      expiresAt
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const LogoutEverywhereMutation = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const SwitchCompanyMutation = graphql(`
  mutation SwitchCompany($companyId: ID!) {
    switchCompany(companyId: $companyId) {
      rights
      company {
        id
        code
      }
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const BeginTotpEnrollmentMutation = graphql(`
  mutation BeginTotpEnrollment {
    beginTotpEnrollment {
      secret
      otpauthUrl
      qrCodeDataUrl
    }
  }
`);

export const ConfirmTotpEnrollmentMutation = graphql(`
  mutation ConfirmTotpEnrollment($code: String!) {
    confirmTotpEnrollment(code: $code)
  }
`);

export const RegenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes($code: String!) {
    regenerateRecoveryCodes(code: $code)
  }
`);

export const DisableTotpMutation = graphql(`
  mutation DisableTotp($code: String!) {
    disableTotp(code: $code)
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      active
      user {
        id
        email
        displayName
      }
      role {
        id
        name
      }
    }
  }
`);

export const UpdateMembershipMutation = graphql(`
  mutation UpdateMembership($id: ID!, $input: UpdateMembershipInput!) {
    updateMembership(id: $id, input: $input) {
      id
      active
      role {
        id
        name
        template
      }
    }
  }
`);

export const ResetUserTotpMutation = graphql(`
  mutation ResetUserTotp($id: ID!) {
    resetUserTotp(id: $id) {
      id
      user {
        id
        totpEnabled
      }
    }
  }
`);

export const CreateRoleMutation = graphql(`
  mutation CreateRole($input: RoleInput!) {
    createRole(input: $input) {
      ...RoleFields
    }
  }
`);

export const UpdateRoleMutation = graphql(`
  mutation UpdateRole($id: ID!, $input: RoleInput!) {
    updateRole(id: $id, input: $input) {
      ...RoleFields
    }
  }
`);

export const DeleteRoleMutation = graphql(`
  mutation DeleteRole($id: ID!) {
    deleteRole(id: $id)
  }
`);

export const CopyRoleTemplateMutation = graphql(`
  mutation CopyRoleTemplate($template: String!, $name: String!) {
    copyRoleTemplate(template: $template, name: $name) {
      ...RoleFields
    }
  }
`);

export const GrantSupportAccessMutation = graphql(`
  mutation GrantSupportAccess($input: GrantSupportAccessInput!) {
    grantSupportAccess(input: $input) {
      id
      active
      createdAt
      expiresAt
      reason
      revokedAt
      rights
    }
  }
`);

export const RevokeSupportAccessMutation = graphql(`
  mutation RevokeSupportAccess($id: ID!) {
    revokeSupportAccess(id: $id) {
      id
      active
      revokedAt
    }
  }
`);

export const CreateCompanyMutation = graphql(`
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      id
      code
      name
      country
      locale
      currency
      email
      createdAt
    }
  }
`);
