// The password reset guide page (/guia-senha.html). Wiring only: data from lib/guides, UI from components/guides.
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/tailwind.css';
import { PasswordGuide } from '../../components/guides/PasswordGuide';
import { queryParam, useNow, useStoredStatus } from '../../components/guides/use-status';
import { contactsNow } from '../../lib/guides/contacts';
import { localToday } from '../../lib/guides/local-time';
import { passwordGuide, recordPasswordChange, recordSajRegistration, registrationsAfterChange } from '../../lib/guides/password-reset';
import { choosePerson, profileFor } from '../../lib/guides/person';
import { supportChecklist } from '../../lib/guides/support-checklist';
import { hydratePolicyStore, usePolicy } from '../../lib/ui/policy-store';

function Page() {
  const effective = usePolicy(); // IT's policy: the profile as the tribunal configured it
  const { status, save } = useStoredStatus();
  const now = useNow();
  const [personId, setPersonId] = useState(queryParam('pessoa'));
  const [supportMode, setSupportMode] = useState(queryParam('modo') === 'suporte');
  const file = status.state === 'ok' ? status.file : undefined;
  const person = choosePerson(file, personId);
  const profile = profileFor(person, effective);
  const guide = useMemo(() => passwordGuide(profile, now), [profile, now]);
  const today = localToday(now, profile.timeZone);

  return (
    <PasswordGuide
      profile={profile}
      guide={guide}
      contacts={contactsNow(profile, now, 'reset-de-senha')}
      now={now}
      today={today}
      statusState={status.state}
      people={file?.people ?? []}
      {...(person ? { person } : {})}
      registrations={person ? registrationsAfterChange(profile, person) : []}
      onPickPerson={setPersonId}
      onRecordPasswordChange={async () => (file && person ? save(recordPasswordChange(file, person.id, profile, new Date())) : { ok: false, message: 'nenhuma pessoa escolhida' })}
      onRecordRegistration={async (database) =>
        file && person ? save(recordSajRegistration(file, person.id, database, profile, new Date())) : { ok: false, message: 'nenhuma pessoa escolhida' }
      }
      supportMode={supportMode}
      onSupportMode={setSupportMode}
      checklist={supportChecklist(profile, guide)}
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
