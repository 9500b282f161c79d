import { defineMessages } from "./messages";

/** What the browser says of a request to the app's API when the server gives no reason of its own. */
export const REQUEST_MESSAGES = defineMessages({
  en: {
    /** A refusal whose body says nothing: its HTTP status. */
    serverAnswered: "the server answered {status}",
    /** No answer at all (offline, the server down). */
    unreachable: "the server could not be reached",
  },
  ar: {
    serverAnswered: "ردّ الخادم بالحالة {status}",
    unreachable: "تعذّر الوصول إلى الخادم",
  },
});
