import { useAuth } from '../auth/auth-context';
import { EmergencyBanner } from './emergency-banner';
import { useQuickExitShortcut } from './quick-exit';
import './emergency.css';

/**
 * The banner as the shell mounts it: prominent for the public (no token, or the server takes the
 * tab for the public role), compact for signed-in roles; the double-Escape exit works everywhere.
 */
export function EmergencyBar() {
  const auth = useAuth();
  useQuickExitShortcut();
  const isPublic = !auth.hasToken || auth.viewer?.role === 'PUBLIC';
  return <EmergencyBanner prominent={isPublic} />;
}
