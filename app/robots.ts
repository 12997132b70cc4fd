import type { MetadataRoute } from "next";

/**
 * /robots.txt: the public pages (agreements in force, the offer lookup, the offers) may be indexed;
 * the signed-in area and the data API may not (they answer a crawler with the sign-in page anyway).
 */
const SIGNED_IN_AREAS = [
  "/aftaler-redigering",
  "/mine-tilbud",
  "/henvisninger",
  "/notifikationer",
  "/fora",
  "/initiativer",
  "/organisation",
  "/admin",
  "/profil",
  "/api/",
];

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/", disallow: SIGNED_IN_AREAS } };
}
