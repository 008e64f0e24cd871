/* Safe XML reading shared by every stage that parses XML it did not write. */
#ifndef XMLSAFE_H
#define XMLSAFE_H

#include <stddef.h>
#include <libxml/tree.h>

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
 * Install process-wide defaults once: the no-network external entity
 * loader, and no global error printing.  Idempotent.
 */
void	 xmlsafe_init(void);

#endif
