import { Navigate } from 'react-router';
import { useAppAbility } from '../hooks/useAppAbility';
import { landingPath } from '../permissions';

/** `/`: the first page this user can use (RequireAuth above has loaded the session's rules). */
export function Landing() {
  const ability = useAppAbility();
  return <Navigate to={landingPath(ability)} replace />;
}
