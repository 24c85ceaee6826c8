/** The part of the `sax` parser's API the XML checks use (the package ships no types). */
declare module 'sax' {
  interface Tag {
    name: string;
    attributes: Record<string, string | { value: string }>;
  }
  interface SAXParser {
    onerror: (error: Error) => void;
    onopentag: (tag: Tag) => void;
    ontext: (text: string) => void;
    onclosetag: (name: string) => void;
    write(xml: string): SAXParser;
    close(): SAXParser;
  }
  const sax: { parser(strict: boolean, options?: { xmlns?: boolean }): SAXParser };
  export default sax;
}
