/** One language's version of the notice. */
export interface NoticeText {
  lang: string;
  title: string;
  body: string;
}

/**
 * What visitors see while the kiosk is out of order: a calm notice, Indonesian first and English
 * below it, with no error text (the reason is on the technician's status page and in the log).
 */
export function OutOfOrderScreen({ texts }: { texts: NoticeText[] }) {
  return (
    <div className="out-of-order__notice">
      {texts.map(({ lang, title, body }, index) => {
        // One page heading; the same notice in the next language is a part of it.
        const Heading = index === 0 ? 'h1' : 'h2';
        return (
          <div key={lang} lang={lang}>
            <Heading className="out-of-order__title">{title}</Heading>
            <p className="out-of-order__body">{body}</p>
          </div>
        );
      })}
    </div>
  );
}
