// `/access-analyzer/archive-rules`: the rules that archive matching findings (existing ones
// when the rule is created, new ones as they are found); create and delete.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ArchiveRule } from '@gatehouse/contracts/access-analyzer';
import { archiveRulesQuery, deleteArchiveRule } from '../../api/access-analyzer-api.js';
import { useNotifications } from '../../app/notifications.js';
import { ConfirmDeleteModal } from '../../components/confirm-delete-modal.js';
import { ErrorPanel } from '../../components/error-panel.js';
import { formatDateTime } from '../../components/format-date.js';
import { criterionText } from './archive-rule-form.js';
import { CreateArchiveRuleModal } from './create-archive-rule-modal.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';

export function ArchiveRulesPage() {
  const rules = useQuery(archiveRulesQuery());
  const [selected, setSelected] = useState<ArchiveRule[]>([]);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const { notify } = useNotifications();
  const remove = useWriteMutation('accessAnalyzer', {
    mutationFn: (name: string) => deleteArchiveRule(name),
    onSuccess: async (_d, name) => {
      notify({ type: 'success', content: `Archive rule ${name} deleted.` });
      setSelected([]);
      setDeleting(false);
    },
  });
  const items = rules.data?.archiveRules ?? [];
  return (
    <>
      <Table
        variant="full-page"
        items={items}
        trackBy="ruleName"
        selectionType="single"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{
          tableLabel: 'Archive rules',
          selectionGroupLabel: 'Archive rule selection',
          itemSelectionLabel: (_s, r) => `Select archive rule ${r.ruleName}`,
          allItemsSelectionLabel: () => 'Select all archive rules',
        }}
        loading={rules.isPending}
        loadingText="Loading archive rules"
        columnDefinitions={[
          { id: 'name', header: 'Rule name', cell: (r) => r.ruleName },
          {
            id: 'filter',
            header: 'Filter',
            cell: (r) =>
              Object.entries(r.filter)
                .map(([field, c]) => criterionText(field, c))
                .join('; '),
          },
          { id: 'updated', header: 'Updated', cell: (r) => formatDateTime(r.updatedAt) },
        ]}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={rules.data ? `(${items.length})` : undefined}
            description="Findings that match a rule are archived: the active ones when the rule is created, new ones as they are found."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={selected.length === 0} onClick={() => setDeleting(true)}>
                  Delete
                </Button>
                <Button variant="primary" onClick={() => setCreating(true)}>
                  Create archive rule
                </Button>
              </SpaceBetween>
            }
          >
            Archive rules
          </Header>
        }
        empty={
          rules.error ? (
            <ErrorPanel error={rules.error} header="Archive rules could not be loaded" />
          ) : (
            <Box textAlign="center" color="inherit">
              <b>No archive rules</b>
            </Box>
          )
        }
      />
      {creating ? <CreateArchiveRuleModal onDismiss={() => setCreating(false)} /> : null}
      {deleting && selected[0] ? (
        <ConfirmDeleteModal
          visible
          header={`Delete archive rule ${selected[0].ruleName}?`}
          confirmationText={selected[0].ruleName}
          deleting={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(selected[0]!.ruleName)}
          onDismiss={() => setDeleting(false)}
        >
          Findings the rule archived stay archived; new findings that match it will be active.
        </ConfirmDeleteModal>
      ) : null}
    </>
  );
}
