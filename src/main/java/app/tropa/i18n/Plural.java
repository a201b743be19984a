package app.tropa.i18n;

/**
 * CLDR's plural categories for whole numbers, which pick a message's form: Russian has three
 * (1 год, 2 года, 5 лет; 21 день, 22 дня, 11 дней), English one and the rest.
 */
public enum Plural {
    ONE, FEW, MANY;

    public static Plural of(int n, Lang lang) {
        if (lang == Lang.RU) {
            return russian(n);
        }
        return n == 1 ? ONE : MANY;
    }

    public static Plural russian(int n) {
        int tens = Math.abs(n) % 100;
        int units = Math.abs(n) % 10;
        if (units == 1 && tens != 11) {
            return ONE;
        }
        if (units >= 2 && units <= 4 && (tens < 12 || tens > 14)) {
            return FEW;
        }
        return MANY;
    }
}
