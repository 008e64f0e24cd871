/* Layout streaming: a layout file parsed only as far as the layout has got, and freed behind it. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include "diag.h"
#include "layout_int.h"
#include "xmlsafe.h"

/* Bytes handed to the parser at a time. */
#define CHUNK	(64 * 1024)

struct lt_stream {
	struct diag_list	*dl;
	char			*path;
	FILE			*f;
	xmlParserCtxt		*ctxt;
	bool			 done;		/* the whole file was fed */
	bool			 failed;
	char			 buf[CHUNK];
};

/* "<!DOCTYPE": stop before any declaration is read (see xmlsafe.c). */
static void
refuse_doctype(void *ctx, const xmlChar *name, const xmlChar *ext_id,
    const xmlChar *sys_id)
{
	xmlParserCtxt	*ctxt = ctx;
	struct lt_stream *s = ctxt->_private;

	(void)name;
	(void)ext_id;
	(void)sys_id;
	xmlStopParser(ctxt);
	diag_error(s->dl, s->path, ctxt->input != NULL ? ctxt->input->line : 0,
	    "document type declarations are not allowed (no DTD, entity or "
	    "external subset is read)");
	s->failed = true;
}

/* Hand the parser the next chunk; false once there is nothing more. */
static bool
feed(struct lt_stream *s)
{
	size_t	 n;
	int	 rc;

	if (s->done || s->failed)
		return false;
	n = fread(s->buf, 1, sizeof(s->buf), s->f);
	if (n == 0 && ferror(s->f)) {
		diag_add(s->dl, DIAG_SYSTEM, s->path, 0, 0, "cannot read: %s",
		    g_strerror(errno));
		s->failed = true;
		return false;
	}
	xmlSetStructuredErrorFunc(s->dl, diag_xml);
	rc = xmlParseChunk(s->ctxt, s->buf, (int)n, n == 0);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (n == 0)
		s->done = true;
	if (rc != 0 || !s->ctxt->wellFormed) {
		if (!s->failed)
			diag_error(s->dl, s->path, s->ctxt->input != NULL ?
			    s->ctxt->input->line : 0, "cannot parse XML");
		s->failed = true;
		return false;
	}
	return true;
}

struct lt_stream *
lt_stream_open(struct diag_list *dl, const char *path)
{
	struct lt_stream	*s = g_new0(struct lt_stream, 1);

	xmlsafe_init();
	s->dl = dl;
	s->path = g_strdup(path);
	if ((s->f = fopen(path, "rb")) == NULL) {
		diag_add(dl, DIAG_SYSTEM, path, 0, 0, "cannot open: %s",
		    g_strerror(errno));
		lt_stream_close(s);
		return NULL;
	}
	s->ctxt = xmlCreatePushParserCtxt(NULL, NULL, NULL, 0, path);
	if (s->ctxt == NULL) {
		diag_add(dl, DIAG_SYSTEM, path, 0, 0, "out of memory");
		lt_stream_close(s);
		return NULL;
	}
	xmlCtxtUseOptions(s->ctxt, XMLSAFE_OPTIONS);
	s->ctxt->_private = s;
	s->ctxt->sax->internalSubset = refuse_doctype;
	/* Up to the root element's start, so that lt_stream_root() has it. */
	while (!s->failed && (s->ctxt->myDoc == NULL ||
	    xmlDocGetRootElement(s->ctxt->myDoc) == NULL) && feed(s))
		;
	if (s->failed || s->ctxt->myDoc == NULL ||
	    xmlDocGetRootElement(s->ctxt->myDoc) == NULL) {
		if (!s->failed)
			diag_error(dl, path, 0, "cannot parse XML");
		lt_stream_close(s);
		return NULL;
	}
	return s;
}

void
lt_stream_close(struct lt_stream *s)
{
	if (s == NULL)
		return;
	if (s->ctxt != NULL) {
		xmlFreeDoc(s->ctxt->myDoc);
		s->ctxt->myDoc = NULL;
		xmlFreeParserCtxt(s->ctxt);
	}
	if (s->f != NULL)
		fclose(s->f);
	g_free(s->path);
	g_free(s);
}

const xmlNode *
lt_stream_root(struct lt_stream *s)
{
	return xmlDocGetRootElement(s->ctxt->myDoc);
}

bool
lt_stream_failed(const struct lt_stream *s)
{
	return s->failed;
}

/* True while the parser has not yet seen the end tag of n. */
static bool
is_open(const struct lt_stream *s, const xmlNode *n)
{
	const xmlNode	*c;

	if (s->done)
		return false;
	for (c = s->ctxt->node; c != NULL; c = c->parent)
		if (c == n)
			return true;
	return false;
}

const xmlNode *
lt_first(struct lt_engine *e, const xmlNode *parent)
{
	struct lt_stream	*s = e->ld->stream;

	if (parent == NULL)
		return NULL;
	if (s != NULL)
		while (parent->children == NULL && is_open(s, parent) &&
		    feed(s))
			;
	return parent->children;
}

const xmlNode *
lt_next(struct lt_engine *e, const xmlNode *n)
{
	struct lt_stream	*s = e->ld->stream;

	if (s != NULL) {
		while (is_open(s, n) && feed(s))
			;
		while (n->next == NULL && n->parent != NULL &&
		    is_open(s, n->parent) && feed(s))
			;
	}
	return n->next;
}

void
lt_complete(struct lt_engine *e, const xmlNode *n)
{
	struct lt_stream	*s = e->ld->stream;

	if (s != NULL)
		while (is_open(s, n) && feed(s))
			;
}

/*
 * Free the siblings before n: the layout is done with them.  The parser
 * only ever adds after its last node, which n or a later sibling is, so
 * what lies before n is no longer its business.
 */
void
lt_release_before(struct lt_engine *e, const xmlNode *n)
{
	xmlNode	*p;

	if (e->ld->stream == NULL || n == NULL)
		return;
	while ((p = n->prev) != NULL) {
		xmlUnlinkNode(p);
		xmlFreeNode(p);
	}
}
