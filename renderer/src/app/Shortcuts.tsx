/** The keyboard shortcuts sheet (? or Help ▸ Keyboard Shortcuts), derived from the action table. */
import { Fragment } from 'react';
import { shortcutSheet } from '../../../src/actions';
import { UI } from '../i18n/ui';
import { Dialog } from '../ui/Dialog';
import { PAGE_PLATFORM } from './actions';
import { useT, useUi } from './context';

export function Shortcuts({ onClose }: { onClose: () => void }) {
  const t = useT(UI);
  const { locale } = useUi();
  const sheet = shortcutSheet(locale, PAGE_PLATFORM);
  return (
    <Dialog title={sheet.title} onClose={onClose} size="wide" closeLabel={t('notice.dismiss')} testId="shortcuts">
      <table className="shortcuts">
        {sheet.sections.map((section) => (
          <Fragment key={section.title}>
            <thead>
              <tr>
                <th colSpan={2} scope="colgroup">
                  {section.title}
                </th>
              </tr>
            </thead>
            <tbody>
              {section.rows.map((row) => (
                <tr key={row.id ?? row.label} data-action={row.id}>
                  <td>
                    {row.keys.map((k, i) => (
                      <Fragment key={k}>
                        {i > 0 ? ' ' : null}
                        <kbd>{k}</kbd>
                      </Fragment>
                    ))}
                  </td>
                  <td>{row.label}</td>
                </tr>
              ))}
            </tbody>
          </Fragment>
        ))}
      </table>
    </Dialog>
  );
}
