import { ErrorPanel } from '../../reader/ErrorPanel';

export default function NotFound() {
  return <ErrorPanel kind="not-found" />;
}
