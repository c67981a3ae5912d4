import { data } from 'react-router';
import { ArticleView } from '../../reader/ArticleView';
import { ErrorPanel } from '../../reader/ErrorPanel';
import { loadBundled } from '../bundled.server';
import type { Route } from './+types/read-bundled';

export async function loader({ params }: Route.LoaderArgs) {
  const article = await loadBundled(params.slug);
  if (!article) throw data({ slug: params.slug }, { status: 404 });
  return { article };
}

export function meta({ data: loaded }: Route.MetaArgs) {
  return [{ title: loaded ? `${loaded.article.title} · صحيفة` : 'صحيفة' }];
}

export default function ReadBundled({ loaderData }: Route.ComponentProps) {
  return <ArticleView article={loaderData.article} />;
}

export function ErrorBoundary({ params }: Route.ErrorBoundaryProps) {
  return <ErrorPanel kind="article-not-found" slug={params.slug} />;
}
