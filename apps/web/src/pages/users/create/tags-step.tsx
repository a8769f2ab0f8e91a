import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import { TagsEditor } from '../../../components/tags/tags-editor.js';
import type { CreateUserForm } from './create-user-plan.js';

export function TagsStep(props: {
  form: CreateUserForm;
  update: (patch: Partial<CreateUserForm>) => void;
  showErrors: boolean;
}) {
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Tags are key-value pairs that identify, organise or find the user; policies can test them."
        >
          Tags
        </Header>
      }
    >
      <TagsEditor
        tags={props.form.tags}
        onChange={(tags) => props.update({ tags })}
        showErrors={props.showErrors}
      />
    </Container>
  );
}
