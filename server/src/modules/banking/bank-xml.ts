import { XMLValidator, type XMLParser } from 'fast-xml-parser';
import { badField } from '../../core/errors.js';

/**
 * Reads a bank file (camt.053 / camt.054 / pain.002) sent by a user: ISO 20022 messages are plain XML
 * without a document type declaration, so a DOCTYPE (a DTD, entity declarations — external entities
 * (XXE), entity expansion ("billion laughs")) is refused before anything is parsed; what the parser
 * itself refuses (nesting too deep, an expansion past its limits, a reserved name) is bad input too. Every
 * refusal is BAD_USER_INPUT naming `file` (reason `not_xml`), never an internal error.
 */
const DOCTYPE = /<!DOCTYPE/i;

export function readBankXml(parser: XMLParser, xml: string): Record<string, unknown> {
  let valid: ReturnType<typeof XMLValidator.validate>;
  try {
    valid = XMLValidator.validate(xml);
  } catch (error) {
    throw badField('file', 'not_xml', `Not well-formed XML: ${reasonOf(error)}`);
  }
  if (valid !== true) throw badField('file', 'not_xml', `Not well-formed XML: line ${valid.err.line}: ${valid.err.msg}`);
  if (DOCTYPE.test(xml)) throw badField('file', 'not_xml', 'A bank file has no document type declaration (DOCTYPE, DTD or entities): refused.');
  try {
    const doc = parser.parse(xml) as unknown;
    return doc && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, unknown>) : {};
  } catch (error) {
    throw badField('file', 'not_xml', `The file could not be read as XML: ${reasonOf(error)}`);
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 200);
