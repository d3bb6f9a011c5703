import { Navigate, useLocation } from 'react-router';
import { useAppAbility } from '../hooks/useAppAbility';
import { landingPath } from '../permissions';

/**
 * `/`: the first page this user can use (RequireAuth above has loaded the session's rules).
 * Keyed on the location entry, so every arrival at `/` redirects, also one that interrupted
 * the previous redirect while this route stayed mounted (else the page stays empty).
 */
export function Landing() {
  const ability = useAppAbility();
  const { key } = useLocation();
  return <Navigate key={key} to={landingPath(ability)} replace />;
}
