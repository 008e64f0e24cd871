/* Safe XML reading shared by every stage that parses XML it did not write. */
#ifndef XMLSAFE_H
#define XMLSAFE_H

#include <stddef.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>

struct diag_list;

/*
 * The parser options every stage uses: no network, line numbers above
 * 65535 kept, no entity substitution, no DTD loading, no XInclude.
 */
#define XMLSAFE_OPTIONS	(XML_PARSE_NONET | XML_PARSE_BIG_LINES | \
			 XML_PARSE_NOCDATA)

/*
 * Parse the XML file at path with XMLSAFE_OPTIONS.  A document type
 * declaration (internal or external subset) is refused: our sources
 * never need one, and it is how entity attacks arrive.  Every parser
 * message goes to dl with file and line.  Returns the document (caller
 * frees with xmlFreeDoc()) or NULL after recording an error.
 */
xmlDoc	*xmlsafe_read_file(struct diag_list *dl, const char *path);

/* Same for a buffer; name is used in messages and as the base URL. */
xmlDoc	*xmlsafe_read_memory(struct diag_list *dl, const char *name,
	    const char *buf, size_t len);

/*
 * A forward reader over the XML file at path, for documents too large to
 * hold as a tree: the same options and guarantees as xmlsafe_read_file()
 * (no network, no entity substitution, no DTD; a document type
 * declaration or a file that is not UTF-8 is refused, with the same
 * messages).  Parser messages go to dl with file and line as the reader
 * meets them.  Returns the reader (free with xmlsafe_reader_free()) or
 * NULL after recording an error.
 */
struct xmlsafe_reader {
	xmlTextReader		*reader;	/* read with xmlsafe_reader_read() */
	struct diag_list	*dl;
	char			*path;
	size_t			 nerr;	/* errors in dl when opened */
};
struct xmlsafe_reader	*xmlsafe_reader_open(struct diag_list *dl,
			    const char *path);

/*
 * xmlTextReaderRead() on r: 1 at a node, 0 at the end, -1 after an
 * error (recorded in dl; "cannot parse XML" when libxml2 said nothing).
 */
int	 xmlsafe_reader_read(struct xmlsafe_reader *r);

void	 xmlsafe_reader_free(struct xmlsafe_reader *r);

/*
 * Install process-wide defaults once: the no-network external entity
 * loader, and no global error printing.  Idempotent.
 */
void	 xmlsafe_init(void);

#endif
