// The form that writes a service control policy: name, description and the policy in the same
// editor as IAM's policies (Monaco JSON and the Visual tab), checked live by the shared evaluator
// as an SCP. Saving is disabled while the editor reports errors; if the server still refuses the
// text, its findings appear in the editor.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import { ApiError, fieldErrorFor } from '../../../api/api-error.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { PolicyEditor } from '../../../components/policy-editor/policy-editor.js';
import { usePolicyCheck } from '../../../components/policy-editor/use-policy-check.js';
import { validateScpDescription, validateScpName } from '../organization-fields.js';

export interface ScpFormValues {
  name: string;
  description: string;
  content: string;
}

/** What AWS's console starts a new SCP with: one statement to fill in. */
export const NEW_SCP = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Statement1",
      "Effect": "Deny",
      "Action": [],
      "Resource": []
    }
  ]
}`;

const isMalformed = (error: unknown) =>
  error instanceof ApiError &&
  (error.code === 'MalformedPolicyDocumentException' || error.code === 'MalformedPolicyDocument');

interface ScpFormProps {
  initial: ScpFormValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: ScpFormValues) => void;
  onCancel: () => void;
  /** Clears the server's refusal once the user changes what it was about. */
  onEdit: () => void;
}

export function ScpForm(props: ScpFormProps) {
  const [values, setValues] = useState(props.initial);
  const [touched, setTouched] = useState(false);
  const check = usePolicyCheck(values.content, 'scp');
  const serverDiagnostics = isMalformed(props.error) ? (props.error as ApiError).diagnostics : [];
  const nameProblem = validateScpName(values.name);
  const descriptionProblem = validateScpDescription(values.description);
  const update = (patch: Partial<ScpFormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    if (props.error) props.onEdit();
  };

  function submit() {
    setTouched(true);
    if (nameProblem || descriptionProblem || check.hasErrors || props.pending) return;
    props.onSubmit({
      name: values.name.trim(),
      description: values.description.trim(),
      content: values.content,
    });
  }

  const otherError =
    props.error &&
    !fieldErrorFor(props.error, 'name') &&
    !(isMalformed(props.error) && serverDiagnostics.length);
  return (
    <Form
      errorText={
        otherError ? <ErrorPanel error={props.error} header="The policy was not saved" /> : undefined
      }
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={props.onCancel} disabled={props.pending}>
            Cancel
          </Button>
          <Button
            variant="primary"
            loading={props.pending}
            disabled={check.hasErrors}
            disabledReason="Fix the errors in the policy first."
            onClick={submit}
          >
            {props.submitLabel}
          </Button>
        </SpaceBetween>
      }
    >
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">Details</Header>}>
          <SpaceBetween size="l">
            <FormField
              label="Policy name"
              constraintText="Up to 128 characters."
              controlId="scp-name"
              errorText={(touched ? nameProblem : undefined) ?? fieldErrorFor(props.error, 'name')}
            >
              <Input
                controlId="scp-name"
                value={values.name}
                onChange={({ detail }) => update({ name: detail.value })}
              />
            </FormField>
            <FormField
              label={
                <>
                  Policy description <i>- optional</i>
                </>
              }
              constraintText="Up to 512 characters."
              controlId="scp-description"
              errorText={touched ? descriptionProblem : undefined}
            >
              <Textarea
                controlId="scp-description"
                rows={2}
                value={values.description}
                onChange={({ detail }) => update({ description: detail.value })}
              />
            </FormField>
          </SpaceBetween>
        </Container>
        <Container
          header={
            <Header
              variant="h2"
              description="Statements that allow or deny actions for every principal of the accounts the policy is attached to. Up to 5,120 characters."
            >
              Policy
            </Header>
          }
        >
          <PolicyEditor
            value={values.content}
            onChange={(content) => update({ content })}
            kind="scp"
            ariaLabel="Policy document"
            extraDiagnostics={serverDiagnostics}
          />
        </Container>
      </SpaceBetween>
    </Form>
  );
}
