// The Tags tab of a user, role or managed policy: view the tags, edit them all at once, and save
// what changed (one TagX and one UntagX call at most).
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { InvalidatedResource } from '../../api/invalidation.js';
import type { Page, Tag } from '../../api/types.js';
import { useWriteMutation } from '../../api/use-write-mutation.js';
import { useNotifications } from '../../app/notifications.js';
import { ErrorPanel } from '../error-panel.js';
import { diffTags, tagListProblem } from '../tags/diff-tags.js';
import { TagsEditor, tagsAreValid } from '../tags/tags-editor.js';

interface ResourceTagsProps {
  /** e.g. `role ci-deploy`, named in the messages. */
  resourceLabel: string;
  tags: UseQueryResult<Page<Tag>>;
  tag: (tags: Tag[]) => Promise<unknown>;
  untag: (keys: string[]) => Promise<unknown>;
  /** What is tagged: its entry in the invalidation map says what to refresh. */
  resource: InvalidatedResource;
}

export function ResourceTags({ resourceLabel, tags, tag, untag, resource }: ResourceTagsProps) {
  const [draft, setDraft] = useState<Tag[] | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const { notify } = useNotifications();
  const current = tags.data?.items ?? [];

  const saveTags = useWriteMutation(
    resource,
    {
      mutationFn: async ({ set, remove }: { set: Tag[]; remove: string[] }) => {
        if (remove.length) await untag(remove);
        if (set.length) await tag(set);
      },
      onSuccess: () => {
        notify({ type: 'success', content: `Tags of ${resourceLabel} saved.` });
        setDraft(null);
        setShowErrors(false);
      },
    },
    { refreshOnError: true },
  );
  const saving = saveTags.isPending;
  const error = saveTags.error;

  function save() {
    if (!draft) return;
    if (!tagsAreValid(draft)) {
      setShowErrors(true);
      return;
    }
    saveTags.mutate(diffTags(current, draft));
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
            <Button variant="primary" loading={saving} onClick={save}>
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
