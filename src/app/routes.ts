import { index, route, type RouteConfig } from '@react-router/dev/routes';

export default [
  index('routes/library.tsx'),
  route('read/:slug', 'routes/read-bundled.tsx'),
  route('read', 'routes/read-url.tsx'),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
