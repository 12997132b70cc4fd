import "./globals.css";

/**
 * The root layout only passes its children through. The document (<html lang>, the locale for client
 * components, the title template) is drawn one level down, by the layouts that know the language:
 * app/(public)/layout.tsx and app/(portal)/layout.tsx read the `locale` cookie, app/(cached) reads it
 * from its URL. A root layout that read the cookie would make every page dynamic — including the
 * anonymous lookup, which is served from a cache (docs/decisions/011-cached-anonymous-lookup.md).
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
