// The access request helper page (/guia-acesso.html). Wiring only.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/tailwind.css';
import { AccessRequestGuide } from '../../components/guides/AccessRequestGuide';
import { queryParam, useNow, useStoredStatus } from '../../components/guides/use-status';
import { accessRequestWhere } from '../../lib/guides/access-request';
import { choosePerson, profileFor } from '../../lib/guides/person';
import { hydratePolicyStore, usePolicy } from '../../lib/ui/policy-store';

function Page() {
  const effective = usePolicy(); // IT's policy: the profile as the tribunal configured it
  const { status } = useStoredStatus();
  // The text does not depend on the minute; a slow clock keeps the checkboxes' list stable.
  const now = useNow(10 * 60_000);
  const [personId, setPersonId] = useState(queryParam('pessoa'));
  const file = status.state === 'ok' ? status.file : undefined;
  const person = choosePerson(file, personId);
  const profile = profileFor(person, effective);
  return (
    <AccessRequestGuide
      // A different person starts a fresh request.
      key={person?.id ?? 'ninguem'}
      profile={profile}
      where={accessRequestWhere(profile, now, person)}
      now={now}
      statusState={status.state}
      people={file?.people ?? []}
      {...(person ? { person } : {})}
      onPickPerson={setPersonId}
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
