const da = {
  "app.name": "Sundhedsaftaleportalen",
  "app.tagline": "Sundhedsaftaler mellem region, kommuner og almen praksis",
  "errors.notFound": "Siden eller posten findes ikke, eller du har ikke adgang til den.",
  "errors.forbidden": "Du har ikke rettighed til at gøre dette.",
  "errors.conflict": "En anden har ændret dette, siden du åbnede det. Genindlæs og prøv igen.",
  "errors.invalid": "Nogle felter skal rettes. Se beskederne ved felterne.",
  "errors.unexpected": "Der skete en uventet fejl. Prøv igen om lidt.",
  "errors.unexpectedWithId": "Der skete en uventet fejl. Prøv igen om lidt, og oplys fejl-id {requestId}, hvis det sker igen.",
  "errors.databaseTimeout": "Det tog for lang tid at hente eller gemme oplysningerne, så intet er gemt. Prøv igen om lidt (fejl-id {requestId}).",
  "errors.databaseUnavailable": "Databasen svarer ikke lige nu, så intet er gemt. Prøv igen om lidt (fejl-id {requestId}).",
  "errors.signInRequired": "Du skal logge ind for at se dette.",
  "forms.errorSummary.title": "Ret disse felter:",
} as const;

const en: Record<keyof typeof da, string> = {
  "app.name": "Health Agreement Portal",
  "app.tagline": "Health agreements between region, municipalities and general practice",
  "errors.notFound": "The page or record does not exist, or you do not have access to it.",
  "errors.forbidden": "You are not allowed to do this.",
  "errors.conflict": "Someone else changed this after you opened it. Reload and try again.",
  "errors.invalid": "Some fields need correcting. See the messages by the fields.",
  "errors.unexpected": "Something unexpected went wrong. Please try again shortly.",
  "errors.unexpectedWithId": "Something unexpected went wrong. Please try again shortly, and quote error id {requestId} if it happens again.",
  "errors.databaseTimeout": "Fetching or saving the information took too long, so nothing was saved. Please try again shortly (error id {requestId}).",
  "errors.databaseUnavailable": "The database is not answering right now, so nothing was saved. Please try again shortly (error id {requestId}).",
  "errors.signInRequired": "You need to sign in to see this.",
  "forms.errorSummary.title": "Correct these fields:",
};

const common = { da, en };
export default common;
