// "Create archive rule": a name and one or more criteria (field, operator, values). The rule
// archives the matching active findings at once.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type FormEvent } from 'react';
import { createArchiveRule } from '../../api/access-analyzer-api.js';
import { useNotifications } from '../../app/notifications.js';
import { ErrorPanel } from '../../components/error-panel.js';
import {
  FIELD_OPTIONS,
  filterFromRows,
  OPERATOR_OPTIONS,
  ruleNameProblem,
  type CriterionRow,
} from './archive-rule-form.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';

const NEW_ROW: CriterionRow = { field: 'principal.AWS', operator: 'eq', values: '' };

export function CreateArchiveRuleModal({ onDismiss }: { onDismiss: () => void }) {
  const [name, setName] = useState('');
  const [rows, setRows] = useState<CriterionRow[]>([NEW_ROW]);
  const [problems, setProblems] = useState<{ name?: string; filter?: string }>({});
  const { notify } = useNotifications();
  const create = useWriteMutation('accessAnalyzer', {
    mutationFn: (args: Parameters<typeof createArchiveRule>) => createArchiveRule(...args),
    onSuccess: async ({ rule, archived }) => {
      notify({
        type: 'success',
        content: `Archive rule ${rule.ruleName} created; ${archived} active finding${archived === 1 ? '' : 's'} archived.`,
      });
      onDismiss();
    },
  });
  const setRow = (i: number, patch: Partial<CriterionRow>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  function submit(event?: FormEvent) {
    event?.preventDefault();
    const ruleName = name.trim();
    const { filter, problem } = filterFromRows(rows);
    const next = { name: ruleNameProblem(ruleName), filter: problem };
    setProblems(next);
    if (!next.name && filter) create.mutate([ruleName, filter]);
  }
  return (
    <Modal
      visible
      size="large"
      onDismiss={onDismiss}
      header="Create archive rule"
      closeAriaLabel="Close dialog"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" onClick={() => submit()} loading={create.isPending}>
              Create and archive active findings
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <form onSubmit={submit}>
        <SpaceBetween size="m">
          <FormField label="Rule name" controlId="archive-rule-name" errorText={problems.name}>
            <Input
              controlId="archive-rule-name"
              value={name}
              onChange={({ detail }) => setName(detail.value)}
            />
          </FormField>
          {rows.map((row, i) => (
            <SpaceBetween key={i} direction="horizontal" size="xs">
              <FormField label={`Criterion ${i + 1}: property`}>
                <Select
                  selectedOption={FIELD_OPTIONS.find((o) => o.value === row.field) ?? FIELD_OPTIONS[0]!}
                  onChange={({ detail }) => setRow(i, { field: detail.selectedOption.value! })}
                  options={FIELD_OPTIONS}
                />
              </FormField>
              <FormField label="Operator">
                <Select
                  selectedOption={OPERATOR_OPTIONS.find((o) => o.value === row.operator)!}
                  onChange={({ detail }) =>
                    setRow(i, { operator: detail.selectedOption.value as CriterionRow['operator'] })
                  }
                  options={OPERATOR_OPTIONS}
                />
              </FormField>
              <FormField
                label="Values"
                description={row.operator === 'exists' ? 'true or false' : 'Separate values with commas'}
              >
                <Input
                  value={row.values}
                  ariaLabel={`Criterion ${i + 1} values`}
                  onChange={({ detail }) => setRow(i, { values: detail.value })}
                />
              </FormField>
              {rows.length > 1 ? (
                <Button
                  variant="icon"
                  iconName="remove"
                  ariaLabel={`Remove criterion ${i + 1}`}
                  onClick={() => setRows(rows.filter((_, j) => j !== i))}
                />
              ) : null}
            </SpaceBetween>
          ))}
          <Button onClick={() => setRows([...rows, NEW_ROW])}>Add criterion</Button>
          {problems.filter ? <Box color="text-status-error">{problems.filter}</Box> : null}
          {create.error ? <ErrorPanel error={create.error} header="The rule could not be created" /> : null}
        </SpaceBetween>
      </form>
    </Modal>
  );
}
