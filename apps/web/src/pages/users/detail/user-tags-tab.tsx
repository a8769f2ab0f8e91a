// The Tags tab: view the user's tags, edit them all at once, save only what changed.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { tagUser, untagUser, userKeys, userTagsQuery } from '../../../api/queries/users.js';
import type { Tag } from '../../../api/types.js';
import { useNotifications } from '../../../app/notifications.js';
import { ErrorPanel } from '../../../components/error-panel.js';
import { diffTags, tagListProblem } from '../../../components/tags/diff-tags.js';
import { TagsEditor, tagsAreValid } from '../../../components/tags/tags-editor.js';

export function UserTagsTab({ userName }: { userName: string }) {
  const tags = useQuery(userTagsQuery(userName));
  const [draft, setDraft] = useState<Tag[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [showErrors, setShowErrors] = useState(false);
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const current = tags.data?.items ?? [];

  async function save() {
    if (!draft) return;
    if (!tagsAreValid(draft)) {
      setShowErrors(true);
      return;
    }
    const { set, remove } = diffTags(current, draft);
    setSaving(true);
    setError(null);
    try {
      if (remove.length) await untagUser(userName, remove);
      if (set.length) await tagUser(userName, set);
      await queryClient.invalidateQueries({ queryKey: userKeys.part(userName, 'tags') });
      notify({ type: 'success', content: `Tags of ${userName} saved.` });
      setDraft(null);
      setShowErrors(false);
    } catch (caught) {
      setError(caught);
      await queryClient.invalidateQueries({ queryKey: userKeys.part(userName, 'tags') });
    } finally {
      setSaving(false);
    }
  }

  if (draft) {
    const listProblem = tagListProblem(draft);
    return (
      <Form
        header={<Header variant="h2">Edit tags</Header>}
        errorText={error ? <ErrorPanel error={error} header="The tags were not saved" /> : undefined}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => setDraft(null)} disabled={saving}>
              Cancel
            </Button>
            <Button variant="primary" loading={saving} onClick={() => void save()}>
              Save changes
            </Button>
          </SpaceBetween>
        }
      >
        <Container>
          <SpaceBetween size="s">
            <TagsEditor tags={draft} onChange={setDraft} showErrors={showErrors} />
            {showErrors && listProblem ? <Box color="text-status-error">{listProblem}</Box> : null}
          </SpaceBetween>
        </Container>
      </Form>
    );
  }

  return (
    <Table
      items={current}
      trackBy="key"
      loading={tags.isPending}
      loadingText="Loading tags"
      ariaLabels={{ tableLabel: 'Tags' }}
      header={
        <Header
          counter={tags.data ? `(${current.length})` : undefined}
          actions={
            <Button onClick={() => setDraft(current.map((t) => ({ ...t })))} disabled={!tags.data}>
              Manage tags
            </Button>
          }
        >
          Tags
        </Header>
      }
      columnDefinitions={[
        { id: 'key', header: 'Key', cell: (t) => t.key, isRowHeader: true },
        { id: 'value', header: 'Value', cell: (t) => t.value || '-' },
      ]}
      empty={
        tags.error ? (
          <ErrorPanel error={tags.error} header="Tags could not be loaded" />
        ) : (
          <Box textAlign="center" color="inherit">
            <b>No tags</b>
            <Box variant="p" color="inherit">
              No tags associated with the resource.
            </Box>
          </Box>
        )
      }
    />
  );
}
