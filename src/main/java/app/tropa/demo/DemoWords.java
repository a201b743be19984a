package app.tropa.demo;

import app.tropa.i18n.Lang;

import java.util.List;

/**
 * The phrases a demo learner writes with, in English and Russian. Sentences name the step and the
 * term of the day through {@code {node}} and {@code {term}}; the Russian ones echo the seeds' own
 * voice ("every config file is an assembly ritual").
 */
final class DemoWords {

    private DemoWords() {
    }

    record Bank(Lang lang, List<String> openings, List<String> middles, List<String> closings, List<String> tags,
            List<String> images, List<String> qualities, List<String> letters, List<String> questions) {
    }

    static final Bank EN = new Bank(Lang.EN,
            List.of("Today I stayed with {node} longer than I planned.",
                    "Spent the evening on {node}.",
                    "Came back to {node} after a few days away.",
                    "A short session today: {node}, and a lot of reading around it.",
                    "I finally see why {term} matters for {node}.",
                    "Started the morning with the checkpoints of {node}."),
            List.of("The config file felt like an assembly ritual: every line a decision someone made before me.",
                    "I tried to explain {term} to myself without the manual, and got stuck halfway.",
                    "The install went wrong twice; the second error message was the real lesson.",
                    "I wrote down what {term} means in my own words before looking it up.",
                    "Reading the code was slower than reading about it, and much more honest.",
                    "The numbers did not match what I expected, so I wrote the expectation down first.",
                    "Every launch flag is a spell: I now know what three of them actually do.",
                    "I noticed I was copying a template again instead of thinking about the shape.",
                    "The paper's figure made sense only after I drew it by hand.",
                    "I measured it instead of guessing, and the guess was off by a factor of four.",
                    "Half of the work was finding where the data actually comes from.",
                    "The model answered well, and I could not say why. That bothers me.",
                    "- what I did: ran it end to end\n- what surprised me: how little memory it needed\n- what is "
                            + "still fog: the tokenizer"),
            List.of("Tomorrow: one more pass, slower.",
                    "Question for later: what would break first if I doubled it?",
                    "I want to keep this feeling of the floor under my feet.",
                    "Next time I will start from the data, not the model.",
                    "Less depth than I wanted, but solid ground.",
                    "Leaving a note for the future me: you did understand this once."),
            List.of("lora", "quantization", "tokenizer", "install", "doubt", "insight", "reading", "data",
                    "evening", "config", "training", "attention", "idea"),
            List.of("a lantern", "a riverbed", "a loom", "a sieve", "a tide", "a scaffold", "a compass",
                    "a seed", "a bridge", "a mirror", "a funnel", "a map"),
            List.of("that keeps only what it can carry", "that decides where the water goes",
                    "that holds the shape while the rest moves", "that trades detail for reach",
                    "whose edge is where the model stops seeing", "that remembers the path, not the steps",
                    "that lets the weak signal through", "that bends under the weight of the data"),
            List.of("Dear future me: I hope {node} feels easy by now. Today it does not.",
                    "When you read this, remember that you started without knowing what {term} was.",
                    "I am writing this before the hard part. Tell me whether it was worth it.",
                    "Today's metaphors will look naive to you. Keep them anyway: they are the map."),
            List.of("What would I change if I had to build this myself?",
                    "Where does the meaning live in this mechanism?",
                    "What is the smallest version of this that still works?",
                    "What does this make possible that was impossible before?"));

    static final Bank RU = new Bank(Lang.RU,
            List.of("Сегодня задержался на шаге «{node}» дольше, чем собирался.",
                    "Вечер ушёл на «{node}».",
                    "Вернулся к «{node}» после нескольких дней перерыва.",
                    "Короткая сессия: «{node}» и много чтения вокруг.",
                    "Кажется, понял, зачем в «{node}» нужен {term}.",
                    "Утро начал с контрольных точек шага «{node}»."),
            List.of("Каждый конфигурационный файл — это ритуал сборки; каждый путь — маршрут.",
                    "Попробовал объяснить себе {term} без документации и застрял на середине.",
                    "Установка дважды сломалась; второе сообщение об ошибке и было настоящим уроком.",
                    "Записал, что для меня значит {term}, прежде чем искать определение.",
                    "Читать код медленнее, чем читать о нём, но гораздо честнее.",
                    "Цифры не совпали с ожиданием, поэтому сначала записал ожидание.",
                    "Каждый флаг запуска — заклинание: теперь я знаю, что делают три из них.",
                    "Заметил, что снова копирую шаблон, вместо того чтобы думать о форме.",
                    "Это погружение в материю: глубины меньше, зато под ногами твёрдая почва.",
                    "Измерил вместо того, чтобы гадать, — догадка ошиблась в четыре раза.",
                    "Половина работы — найти, откуда на самом деле берутся данные.",
                    "Модель ответила хорошо, а я не могу сказать почему. Это тревожит.",
                    "- что сделал: прогнал всё от начала до конца\n- что удивило: как мало памяти нужно\n"
                            + "- что ещё в тумане: токенизатор"),
            List.of("Завтра: ещё один проход, медленнее.",
                    "Вопрос на потом: что сломается первым, если удвоить?",
                    "Хочу сохранить это ощущение опоры под ногами.",
                    "В следующий раз начну с данных, а не с модели.",
                    "Эти тексты — карта смысла, которую я оставляю себе.",
                    "Записка будущему себе: когда-то ты это понимал."),
            List.of("идея", "сомнение", "установка", "чтение", "данные", "вечер", "озарение", "конфиг",
                    "обучение", "внимание", "смысл", "лора", "квантизация"),
            // Masculine images only: the qualities below begin with «который», and must agree.
            List.of("фонарь", "ручей", "ткацкий станок", "фильтр", "прилив", "строительный кран", "компас",
                    "росток", "мост", "маяк", "рычаг", "конвейер"),
            List.of("который несёт только то, что может унести", "который решает, куда пойдёт вода",
                    "который держит форму, пока всё остальное движется", "который меняет детали на дальность",
                    "на краю которого модель перестаёт видеть", "который помнит путь, а не шаги",
                    "который пропускает слабый сигнал", "который гнётся под тяжестью данных"),
            List.of("Дорогой будущий я: надеюсь, «{node}» теперь даётся легко. Сегодня — нет.",
                    "Когда прочтёшь это, вспомни, что ты начинал, не зная, что такое {term}.",
                    "Пишу перед трудной частью. Скажи мне, стоило ли оно того.",
                    "Сегодняшние метафоры покажутся тебе наивными. Сохрани их: это карта."),
            List.of("Что бы я изменил, если бы строил это сам?",
                    "Где в этом механизме живёт смысл?",
                    "Какая самая маленькая версия этого ещё работает?",
                    "Что это делает возможным из того, что раньше было невозможно?"));
}
