/** "Forrige / Side x af y / Næste" under a list; links keep the list's other query parameters. */
import Link from "next/link";

export function Pagination({ page, pageCount, href, labels }: { page: number; pageCount: number; href: (page: number) => string; labels: { nav: string; previous: string; next: string; status: string } }) {
  if (pageCount <= 1) return null;
  const link = "font-medium text-brand-700 underline hover:text-brand-800";
  return (
    <nav aria-label={labels.nav} className="mt-4 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link className={link} href={href(page - 1)} rel="prev">
          {labels.previous}
        </Link>
      ) : null}
      <span className="text-slate-800">{labels.status}</span>
      {page < pageCount ? (
        <Link className={link} href={href(page + 1)} rel="next">
          {labels.next}
        </Link>
      ) : null}
    </nav>
  );
}
