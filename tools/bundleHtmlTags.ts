/**
 * The shape the build's page-writing plugins share: once the bundle is written, add tags to the
 * page that depend on what is in it (file names with their hashes), behind the site's base path.
 * Production builds only; the dev server has no bundle and gets nothing.
 */
import type { HtmlTagDescriptor, IndexHtmlTransformContext, Plugin } from 'vite';

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;

export interface BundleTagContext {
  /** stops the build with this message */
  error(message: string): never;
}

export function bundleHtmlTags(name: string, tags: (bundle: Bundle, base: string, ctx: BundleTagContext) => HtmlTagDescriptor[]): Plugin {
  let base = '/';
  return {
    name,
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        return tags(ctx.bundle, base, { error: (message) => this.error(message) });
      },
    },
  };
}
