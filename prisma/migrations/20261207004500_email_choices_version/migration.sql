-- The e-mail choices on the profile get their own optimistic version (issue 11).
ALTER TABLE "User" ADD COLUMN "emailChoicesVersion" INTEGER NOT NULL DEFAULT 1;
