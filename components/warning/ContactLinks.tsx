/**
 * A contact's phones and e-mails as links (tel:, mailto:; plain text when the value cannot be a
 * safe link), shared by the warning dialog and the guide pages.
 */
import { emailHref, phoneHref } from './dialog-helpers';
import { MailIcon, PhoneIcon } from './icons';

const linkClass =
  'inline-flex items-start gap-1.5 rounded font-medium text-sky-800 underline decoration-sky-800/30 underline-offset-2 hover:decoration-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 break-all';
const iconClass = 'mt-[3px] size-3.5 shrink-0';

export function ContactLinks({ phones, emails }: { phones: readonly string[]; emails: readonly string[] }) {
  if (phones.length === 0 && emails.length === 0) return null;
  const links = [
    ...phones.map((text) => ({ text, href: phoneHref(text), icon: <PhoneIcon className={iconClass} /> })),
    ...emails.map((text) => ({ text, href: emailHref(text), icon: <MailIcon className={iconClass} /> })),
  ];
  return (
    <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
      {links.map(({ text, href, icon }, i) => (
        <li key={i} className="min-w-0">
          {href ? (
            <a href={href} className={linkClass}>
              {icon}
              {text}
            </a>
          ) : (
            <span className="inline-flex items-start gap-1.5 break-all text-slate-800">
              {icon}
              {text}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
