/* Safe XML reading: fixed parser options, no DTD, errors into the diagnostics list. */
#include <string.h>

#include <glib.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlreader.h>

#include "diag.h"
#include "xmlsafe.h"

struct refuse_state {
	struct diag_list	*dl;
	bool			 refused;
};

static void
silent(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

void
xmlsafe_init(void)
{
	static gsize	 done;

	if (g_once_init_enter(&done)) {
		xmlInitParser();
		xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader);
		xmlSetGenericErrorFunc(NULL, silent);
		g_once_init_leave(&done, 1);
	}
}

/*
 * SAX hook called at "<!DOCTYPE": stop before any declaration is read,
 * so no entity is defined, expanded or fetched.
 */
static void
refuse_doctype(void *ctx, const xmlChar *name, const xmlChar *ext_id,
    const xmlChar *sys_id)
{
	xmlParserCtxt	*ctxt = ctx;

	(void)name;
	(void)ext_id;
	(void)sys_id;
	xmlStopParser(ctxt);
	((struct refuse_state *)ctxt->_private)->refused = true;
}

/*
 * Parse path or buf.  Without tree, the content handlers are left out:
 * the parse checks the whole file and says what is wrong, in the same
 * words, and returns a document with no root element.
 */
static xmlDoc *
read_ctxt(struct diag_list *dl, const char *name, const char *path,
    const char *buf, size_t len, bool tree)
{
	xmlParserCtxt		*ctxt;
	struct refuse_state	 rs = { dl, false };
	xmlDoc			*doc;
	long			 line;
	size_t			 nerr = diag_list_count_at_least(dl, DIAG_ERROR);

	xmlsafe_init();
	if ((ctxt = xmlNewParserCtxt()) == NULL) {
		diag_add(dl, DIAG_SYSTEM, name, 0, 0, "out of memory");
		return NULL;
	}
	ctxt->_private = &rs;
	ctxt->sax->internalSubset = refuse_doctype;
	if (!tree) {
		ctxt->sax->startElementNs = NULL;
		ctxt->sax->endElementNs = NULL;
		ctxt->sax->startElement = NULL;
		ctxt->sax->endElement = NULL;
		ctxt->sax->characters = NULL;
		ctxt->sax->ignorableWhitespace = NULL;
		ctxt->sax->cdataBlock = NULL;
		ctxt->sax->comment = NULL;
		ctxt->sax->processingInstruction = NULL;
		ctxt->sax->reference = NULL;
	}
	xmlSetStructuredErrorFunc(dl, diag_xml);
	if (path != NULL)
		doc = xmlCtxtReadFile(ctxt, path, NULL, XMLSAFE_OPTIONS);
	else
		doc = xmlCtxtReadMemory(ctxt, buf, (int)len, name, NULL,
		    XMLSAFE_OPTIONS);
	line = ctxt->input != NULL ? ctxt->input->line : 0;
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (rs.refused) {
		diag_error(dl, name, line,
		    "document type declarations are not allowed "
		    "(no DTD, entity or external subset is read)");
		xmlFreeDoc(doc);
		doc = NULL;
	} else if (doc != NULL && !ctxt->wellFormed) {
		xmlFreeDoc(doc);
		doc = NULL;
	} else if (doc != NULL && ctxt->input != NULL &&
	    ctxt->input->buf != NULL && ctxt->input->buf->encoder != NULL) {
		/* Sources are UTF-8; a converted file came from elsewhere. */
		diag_error(dl, name, 1, "encoded as %s, not UTF-8: save the "
		    "file as UTF-8", ctxt->input->buf->encoder->name);
		xmlFreeDoc(doc);
		doc = NULL;
	}
	if (doc == NULL &&
	    diag_list_count_at_least(dl, DIAG_ERROR) == nerr)
		diag_error(dl, name, line, "cannot parse XML");
	xmlFreeParserCtxt(ctxt);
	return doc;
}

/* True when path names something to parse; else say what it is. */
static bool
readable(struct diag_list *dl, const char *path)
{
	if (!g_file_test(path, G_FILE_TEST_EXISTS)) {
		diag_error(dl, path, 0, "no such file");
		return false;
	}
	if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
		diag_error(dl, path, 0, "is a directory, not an XML file");
		return false;
	}
	return true;
}

xmlDoc *
xmlsafe_read_file(struct diag_list *dl, const char *path)
{
	if (!readable(dl, path))
		return NULL;
	return read_ctxt(dl, path, path, NULL, 0, true);
}

xmlDoc *
xmlsafe_read_memory(struct diag_list *dl, const char *name, const char *buf,
    size_t len)
{
	if (len > G_MAXINT) {
		diag_error(dl, name, 0, "file too large (%zu bytes)", len);
		return NULL;
	}
	return read_ctxt(dl, name, NULL, buf, len, true);
}

struct xmlsafe_reader *
xmlsafe_reader_open(struct diag_list *dl, const char *path)
{
	struct xmlsafe_reader	*r;
	xmlTextReader		*reader;
	xmlDoc			*doc;

	xmlsafe_init();
	/*
	 * A first parse builds no tree and checks the whole file, so that
	 * a broken file is reported as xmlsafe_read_file() reports it: the
	 * reader, a push parser, would stop at its first message and word
	 * some differently.
	 */
	if (!readable(dl, path) ||
	    (doc = read_ctxt(dl, path, path, NULL, 0, false)) == NULL)
		return NULL;
	xmlFreeDoc(doc);
	if ((reader = xmlReaderForFile(path, NULL, XMLSAFE_OPTIONS)) == NULL) {
		diag_add(dl, DIAG_SYSTEM, path, 0, 0, "cannot open");
		return NULL;
	}
	r = g_new0(struct xmlsafe_reader, 1);
	r->reader = reader;
	r->dl = dl;
	r->path = g_strdup(path);
	r->nerr = diag_list_count_at_least(dl, DIAG_ERROR);
	xmlTextReaderSetStructuredErrorHandler(reader, diag_xml, dl);
	return r;
}

int
xmlsafe_reader_read(struct xmlsafe_reader *r)
{
	int	 rc;

	rc = xmlTextReaderRead(r->reader);
	if (rc < 0 && diag_list_count_at_least(r->dl, DIAG_ERROR) == r->nerr)
		diag_error(r->dl, r->path,
		    xmlTextReaderGetParserLineNumber(r->reader),
		    "cannot parse XML");
	return rc;
}

void
xmlsafe_reader_free(struct xmlsafe_reader *r)
{
	if (r == NULL)
		return;
	xmlFreeTextReader(r->reader);
	g_free(r->path);
	g_free(r);
}
