/**
 * next-intl's type augmentation: message keys and the locale are checked at compile time, so a
 * missing or misspelt key is a type error (https://next-intl.dev/docs/workflows/typescript).
 */
import type { Messages } from "@/lib/i18n/catalogs";
import type { Locale } from "@/lib/i18n/locale";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
