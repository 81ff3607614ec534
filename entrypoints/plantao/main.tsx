// The plantão check page (/plantao.html). Wiring only.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/tailwind.css';
import { PlantaoCheck } from '../../components/guides/PlantaoCheck';
import { queryParam, useNow, useStoredStatus } from '../../components/guides/use-status';
import { choosePerson, profileFor, replacePerson } from '../../lib/guides/person';
import { withAssignment, withoutAssignment } from '../../lib/guides/plantao-check';
import { hydratePolicyStore, usePolicy } from '../../lib/ui/policy-store';

function Page() {
  const effective = usePolicy(); // IT's policy: the profile as the tribunal configured it
  const { status, save } = useStoredStatus();
  const now = useNow(60_000);
  const [personId, setPersonId] = useState(queryParam('pessoa'));
  const file = status.state === 'ok' ? status.file : undefined;
  const person = choosePerson(file, personId);
  const profile = profileFor(person, effective);
  const noPerson = { ok: false as const, message: 'nenhuma pessoa escolhida' };
  return (
    <PlantaoCheck
      key={person?.id ?? 'ninguem'}
      profile={profile}
      now={now}
      statusState={status.state}
      people={file?.people ?? []}
      {...(person ? { person } : {})}
      onPickPerson={setPersonId}
      onRecord={async (assignment) => (file && person ? save(replacePerson(file, withAssignment(person, assignment), new Date())) : noPerson)}
      onRemove={async (assignment) =>
        file && person
          ? save(replacePerson(file, withoutAssignment(person, assignment), new Date()))
          : noPerson
      }
    />
  );
}

void hydratePolicyStore().finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Page />
    </StrictMode>,
  ),
);
