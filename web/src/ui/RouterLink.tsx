import { Link, type LinkProps } from 'react-router';

/** A client-side link styled as an NL Design System link (a real <a href>). */
export function RouterLink({ className, ...props }: LinkProps) {
  return <Link {...props} className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')} />;
}
