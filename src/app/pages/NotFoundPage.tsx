import { ErrorPanel } from '../../reader/ErrorPanel';

/** Any path the app does not know. */
export function NotFoundPage() {
  return <ErrorPanel kind="not-found" />;
}
