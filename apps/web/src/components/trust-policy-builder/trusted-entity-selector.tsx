// Step 1 of the create-role wizard: the "Trusted entity type" tiles (AWS account, AWS service,
// custom trust policy) and the fields each needs. The policy they produce comes from
// buildTrustPolicy, so the review step shows exactly what is sent.
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import Spinner from '@cloudscape-design/components/spinner';
import type { Diagnostic } from '@gatehouse/evaluator';
import { lazy, Suspense } from 'react';
import type { PolicyCheck } from '../policy-editor/check-policy.js';
import { AWS_SERVICES } from './aws-services.js';
import {
  trustedEntityProblems,
  type TrustedEntityChoice,
  type TrustedEntityType,
} from './build-trust-policy.js';

// The editor (and the evaluator with it) loads only when "Custom trust policy" is chosen.
const PolicyEditor = lazy(async () => ({
  default: (await import('../policy-editor/policy-editor.js')).PolicyEditor,
}));

interface TrustedEntitySelectorProps {
  choice: TrustedEntityChoice;
  onChange: (choice: TrustedEntityChoice) => void;
  thisAccountId: string;
  showErrors: boolean;
  /** The server's findings when it refused a custom trust policy. */
  serverDiagnostics?: readonly Diagnostic[];
  /** Told about each live check of the custom policy (the wizard blocks "Next" on errors). */
  onCustomCheck?: (check: PolicyCheck) => void;
}

export function TrustedEntitySelector(props: TrustedEntitySelectorProps) {
  const { choice, onChange, thisAccountId, showErrors } = props;
  const update = (patch: Partial<TrustedEntityChoice>) => onChange({ ...choice, ...patch });
  const problems = showErrors ? trustedEntityProblems(choice) : {};

  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Trusted entity type</Header>}>
        <Tiles
          ariaLabel="Trusted entity type"
          value={choice.type}
          onChange={({ detail }) => update({ type: detail.value as TrustedEntityType })}
          columns={3}
          items={[
            {
              value: 'account',
              label: 'AWS account',
              description:
                'Allow entities in this account or another account to perform actions in this account.',
            },
            {
              value: 'service',
              label: 'AWS service',
              description: 'Allow AWS services like EC2 or Lambda to perform actions in this account.',
            },
            {
              value: 'custom',
              label: 'Custom trust policy',
              description: 'Write a trust policy to let others perform actions in this account.',
            },
          ]}
        />
      </Container>
      {choice.type === 'account' ? (
        <AccountFields choice={choice} update={update} thisAccountId={thisAccountId} problems={problems} />
      ) : null}
      {choice.type === 'service' ? (
        <Container header={<Header variant="h2">Use case</Header>}>
          <FormField
            label="Service or use case"
            description="The service that assumes the role."
            errorText={problems.service}
          >
            <Select
              placeholder="Choose a service"
              filteringType="auto"
              filteringPlaceholder="Find a service"
              selectedOption={serviceOption(choice.service)}
              onChange={({ detail }) => update({ service: detail.selectedOption.value ?? '' })}
              options={AWS_SERVICES.map((s) => ({
                value: s.principal,
                label: s.label,
                description: s.description,
                tags: [s.principal],
              }))}
            />
          </FormField>
        </Container>
      ) : null}
      {choice.type === 'custom' ? (
        <Container
          header={
            <Header variant="h2" description="Who may assume the role, and on which conditions.">
              Custom trust policy
            </Header>
          }
        >
          <FormField stretch errorText={problems.customPolicy}>
            <Suspense fallback={<Spinner />}>
              <PolicyEditor
                value={choice.customPolicy}
                onChange={(customPolicy) => update({ customPolicy })}
                kind="trust"
                ariaLabel="Trust policy"
                extraDiagnostics={props.serverDiagnostics}
                onCheck={props.onCustomCheck}
              />
            </Suspense>
          </FormField>
        </Container>
      ) : null}
    </SpaceBetween>
  );
}

function AccountFields(props: {
  choice: TrustedEntityChoice;
  update: (patch: Partial<TrustedEntityChoice>) => void;
  thisAccountId: string;
  problems: ReturnType<typeof trustedEntityProblems>;
}) {
  const { choice, update, thisAccountId, problems } = props;
  return (
    <Container header={<Header variant="h2">An AWS account</Header>}>
      <SpaceBetween size="l">
        <FormField label="Account">
          <RadioGroup
            ariaLabel="An AWS account"
            value={choice.account}
            onChange={({ detail }) => update({ account: detail.value as 'this' | 'other' })}
            items={[
              { value: 'this', label: `This account (${thisAccountId})` },
              { value: 'other', label: 'Another AWS account' },
            ]}
          />
        </FormField>
        {choice.account === 'other' ? (
          <FormField
            label="Account ID"
            description="Identifier of the account that can use this role."
            controlId="trusted-account-id"
            errorText={problems.otherAccountId}
          >
            <Input
              controlId="trusted-account-id"
              value={choice.otherAccountId}
              inputMode="numeric"
              placeholder="123456789012"
              onChange={({ detail }) => update({ otherAccountId: detail.value })}
            />
          </FormField>
        ) : null}
        <FormField label="Options">
          <SpaceBetween size="s">
            <Checkbox
              checked={choice.requireExternalId}
              onChange={({ detail }) => update({ requireExternalId: detail.checked })}
              description="Best practice when a third party will assume this role: they must pass this value."
            >
              Require external ID
            </Checkbox>
            {choice.requireExternalId ? (
              <FormField
                label="External ID"
                description="2 to 1,224 characters: letters, digits and + = , . @ : / - _"
                controlId="trust-external-id"
                errorText={problems.externalId}
              >
                <Input
                  controlId="trust-external-id"
                  value={choice.externalId}
                  onChange={({ detail }) => update({ externalId: detail.value })}
                />
              </FormField>
            ) : null}
            <Checkbox
              checked={choice.requireMfa}
              onChange={({ detail }) => update({ requireMfa: detail.checked })}
              description="Only sessions signed in with multi-factor authentication can assume the role."
            >
              Require MFA
            </Checkbox>
          </SpaceBetween>
        </FormField>
      </SpaceBetween>
    </Container>
  );
}

function serviceOption(principal: string) {
  const service = AWS_SERVICES.find((s) => s.principal === principal);
  return service ? { value: service.principal, label: service.label } : null;
}
