/* Streamed reports: the source read part by part, each part transformed alone, the layout written as it comes. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <libxml/tree.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlreader.h>

#include "diag.h"
#include "report_stream.h"
#include "transform.h"
#include "xmlsafe.h"

struct stream {
	struct diag_list	*dl;
	struct transform	*t;
	const char		*src_path;
	const xmlChar		*part;
	const char		**frame_params;
	const char		**part_params;
	xmlDoc			*frame;		/* root, other children, shells */
	GPtrArray		*context;	/* what of the frame a part gets */
	long			 nparts;	/* shells in the frame */
	struct xmlsafe_reader	*rd;		/* at or before the next part */
	long			 passed;	/* parts the reader has met */
	bool			 at_part;	/* the reader is on part passed */
	xmlOutputBuffer		*out;
	const char		*out_path;
	GHashTable		*above;		/* elements above a placeholder */
	GPtrArray		*holders;	/* the placeholders, in order */
	guint			 next;		/* the one emit() meets next */
	/*
	 * When the placeholders do not follow the source, the fragments
	 * are written in source order to a spool file (unlinked), then
	 * copied into place: spool_at holds each one's start and end.
	 */
	int			 spool_fd;	/* -1: parts read as asked */
	gint64			 spooled;	/* bytes in the spool */
	GArray			*spool_at;	/* gint64 pairs */
};

static bool
in_stream_ns(const xmlNode *n)
{
	return n->ns != NULL && xmlStrEqual(n->ns->href,
	    (const xmlChar *)REPORT_STREAM_NS);
}

static bool
is_placeholder(const xmlNode *n)
{
	return n->type == XML_ELEMENT_NODE && in_stream_ns(n) &&
	    xmlStrEqual(n->name, (const xmlChar *)"part-here");
}

/* xmlTextReaderNext(), with a message when libxml2 gave none. */
static int
skip(struct stream *s)
{
	size_t	 nerr = diag_list_count_at_least(s->dl, DIAG_ERROR);
	int	 rc = xmlTextReaderNext(s->rd->reader);

	if (rc < 0 && diag_list_count_at_least(s->dl, DIAG_ERROR) == nerr)
		diag_error(s->dl, s->src_path,
		    xmlTextReaderGetParserLineNumber(s->rd->reader),
		    "cannot parse XML");
	return rc;
}

static bool
at_part_start(struct stream *s)
{
	xmlTextReader	*r = s->rd->reader;

	return xmlTextReaderDepth(r) == 1 &&
	    xmlTextReaderNodeType(r) == XML_READER_TYPE_ELEMENT &&
	    xmlTextReaderConstNamespaceUri(r) == NULL &&
	    xmlStrEqual(xmlTextReaderConstLocalName(r), s->part);
}

/*
 * Build the frame: the root with its attributes and namespaces, every
 * child that is not a part as it is, each part an empty shell with its
 * attributes and s:part="K".
 */
static int
read_frame(struct stream *s)
{
	xmlTextReader	*r;
	xmlNode		*root = NULL, *node, *copy;
	xmlNs		*ns = NULL;
	long		 k = 0;
	char		 num[32];
	int		 rc;

	if ((s->rd = xmlsafe_reader_open(s->dl, s->src_path)) == NULL)
		return -1;
	r = s->rd->reader;
	s->frame = xmlNewDoc((const xmlChar *)"1.0");
	s->frame->URL = xmlStrdup((const xmlChar *)s->src_path);
	rc = xmlsafe_reader_read(s->rd);
	while (rc == 1) {
		node = xmlTextReaderCurrentNode(r);
		if (xmlTextReaderDepth(r) == 0 &&
		    xmlTextReaderNodeType(r) == XML_READER_TYPE_ELEMENT) {
			root = xmlDocCopyNode(node, s->frame, 2);
			xmlDocSetRootElement(s->frame, root);
			ns = xmlNewNs(root, (const xmlChar *)REPORT_STREAM_NS,
			    (const xmlChar *)"s");
		} else if (root != NULL && xmlTextReaderDepth(r) == 1 &&
		    xmlTextReaderNodeType(r) !=
		    XML_READER_TYPE_END_ELEMENT) {
			if (at_part_start(s)) {
				copy = xmlDocCopyNode(node, s->frame, 2);
				snprintf(num, sizeof(num), "%ld", ++k);
				xmlNewNsProp(copy, ns,
				    (const xmlChar *)"part",
				    (const xmlChar *)num);
			} else if ((node = xmlTextReaderExpand(r)) != NULL) {
				/* A text node may merge into the one before. */
				copy = xmlAddChild(root,
				    xmlDocCopyNode(node, s->frame, 1));
				/*
				 * A part gets the other children, less the
				 * whitespace between them and the parts.
				 */
				if (copy != NULL && (copy->type !=
				    XML_TEXT_NODE || !xmlIsBlankNode(copy)) &&
				    (s->context->len == 0 || copy !=
				    g_ptr_array_index(s->context,
				    s->context->len - 1)))
					g_ptr_array_add(s->context, copy);
				copy = NULL;
			} else
				copy = NULL;
			if (copy != NULL)
				xmlAddChild(root, copy);
			rc = skip(s);
			continue;
		}
		rc = xmlsafe_reader_read(s->rd);
	}
	xmlsafe_reader_free(s->rd);
	s->rd = NULL;
	s->nparts = k;
	if (rc < 0)
		return -1;
	if (root == NULL) {
		diag_error(s->dl, s->src_path, 0, "no root element");
		return -1;
	}
	return 0;
}

/* Move the reader to the start of the next part: 1, 0 at the end, -1. */
static int
next_part(struct stream *s)
{
	int	 rc;

	if (s->rd == NULL) {
		if ((s->rd = xmlsafe_reader_open(s->dl, s->src_path)) == NULL)
			return -1;
		s->passed = 0;
		s->at_part = false;
	}
	rc = s->at_part ? skip(s) : xmlsafe_reader_read(s->rd);
	s->at_part = false;
	while (rc == 1) {
		if (at_part_start(s)) {
			s->at_part = true;
			s->passed++;
			return 1;
		}
		if (xmlTextReaderDepth(s->rd->reader) == 1 &&
		    xmlTextReaderNodeType(s->rd->reader) ==
		    XML_READER_TYPE_ELEMENT)
			rc = skip(s);
		else
			rc = xmlsafe_reader_read(s->rd);
	}
	return rc;
}

/*
 * The document a part is transformed from: the frame's root and its
 * other children, then part k read in full.  Parts are read forward; an
 * earlier part reopens the source.
 */
static xmlDoc *
part_doc(struct stream *s, long k)
{
	xmlDoc	*doc;
	xmlNode	*froot = xmlDocGetRootElement(s->frame), *root, *node;
	guint	 i;
	int	 rc;

	if (s->rd != NULL && k <= s->passed) {
		xmlsafe_reader_free(s->rd);
		s->rd = NULL;
	}
	do
		rc = next_part(s);
	while (rc == 1 && s->passed < k);
	if (rc != 1) {
		if (rc == 0)
			diag_error(s->dl, s->src_path, 0, "no part %ld in the "
			    "source (the stylesheet asked for it)", k);
		return NULL;
	}
	if ((node = xmlTextReaderExpand(s->rd->reader)) == NULL) {
		diag_error(s->dl, s->src_path,
		    xmlTextReaderGetParserLineNumber(s->rd->reader),
		    "cannot read part %ld", k);
		return NULL;
	}
	doc = xmlNewDoc((const xmlChar *)"1.0");
	doc->URL = xmlStrdup((const xmlChar *)s->src_path);
	root = xmlDocCopyNode(froot, doc, 2);
	xmlDocSetRootElement(doc, root);
	for (i = 0; i < s->context->len; i++)
		xmlAddChild(root, xmlDocCopyNode(g_ptr_array_index(s->context,
		    i), doc, 1));
	xmlAddChild(root, xmlDocCopyNode(node, doc, 1));
	return doc;
}

/* The element after n in document order below top; not into n when skip. */
static xmlNode *
walk(const xmlNode *top, const xmlNode *n, bool skip)
{
	const xmlNode	*c;

	if (!skip)
		for (c = n->children; c != NULL; c = c->next)
			if (c->type == XML_ELEMENT_NODE)
				return (xmlNode *)c;
	for (; n != NULL && n != top; n = n->parent)
		for (c = n->next; c != NULL; c = c->next)
			if (c->type == XML_ELEMENT_NODE)
				return (xmlNode *)c;
	return NULL;
}

/*
 * Check the result below top (top included): no element but a
 * placeholder (and that only where allowed) and no attribute is in the
 * stream namespace.  Enter the ancestors of each placeholder in
 * s->above.  0, or -1 after recording an error.
 */
static int
scan_result(struct stream *s, xmlNode *top, bool allow)
{
	xmlNode	*n, *a;
	xmlAttr	*at;

	for (n = top; n != NULL; n = walk(top, n, is_placeholder(n))) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (is_placeholder(n) && allow) {
			g_ptr_array_add(s->holders, n);
			for (a = n->parent; a != NULL &&
			    a->type == XML_ELEMENT_NODE; a = a->parent)
				g_hash_table_add(s->above, a);
			continue;
		}
		if (in_stream_ns(n)) {
			diag_error(s->dl, transform_path(s->t), 0, "element "
			    "%s of the stream namespace left in the result",
			    (const char *)n->name);
			return -1;
		}
		for (at = n->properties; at != NULL; at = at->next)
			if (at->ns != NULL && xmlStrEqual(at->ns->href,
			    (const xmlChar *)REPORT_STREAM_NS)) {
				diag_error(s->dl, transform_path(s->t), 0,
				    "attribute %s of the stream namespace "
				    "left in the result",
				    (const char *)at->name);
				return -1;
			}
	}
	return 0;
}

/* Drop n's declarations of the stream namespace. */
static void
drop_decl(xmlNode *n)
{
	xmlNs	**pp, *ns;

	for (pp = &n->nsDef; *pp != NULL;) {
		ns = *pp;
		if (xmlStrEqual(ns->href, (const xmlChar *)REPORT_STREAM_NS)) {
			*pp = ns->next;
			ns->next = NULL;
			xmlFreeNs(ns);
		} else
			pp = &ns->next;
	}
}

/*
 * Drop the declarations of the stream namespace below top, which the
 * layout must not carry.  After scan_result() nothing below an element
 * uses them, but for the placeholders: the elements above one keep
 * theirs, which emit() leaves out of the start tags it writes.
 */
static void
drop_ns(struct stream *s, xmlNode *top)
{
	xmlNode	*n;

	for (n = top; n != NULL; n = walk(top, n, is_placeholder(n)))
		if (n->type == XML_ELEMENT_NODE && !is_placeholder(n) &&
		    !g_hash_table_contains(s->above, n))
			drop_decl(n);
}

/* libxml2's indentation for level: two spaces a level, at most 30. */
static void
indent(struct stream *s, int level)
{
	static const char	 spaces[] = "                              "
	    "                              ";

	xmlOutputBufferWrite(s->out, 2 * (level > 30 ? 30 : level), spaces);
}

static int	emit(struct stream *, xmlDoc *, xmlNode *, int, int);

/*
 * One child of an element as libxml2 writes it: indented on a line of
 * its own when the element holds no text (format), else as it is.
 */
static int
emit_child(struct stream *s, xmlDoc *doc, xmlNode *c, int level, int format)
{
	if (format)
		indent(s, level);
	if (emit(s, doc, c, level, format) != 0)
		return -1;
	if (format)
		xmlOutputBufferWrite(s->out, 1, "\n");
	return 0;
}

/* The part a placeholder names: 1, 2, ...; 0 after recording an error. */
static long
part_number(struct stream *s, const xmlNode *ph)
{
	xmlChar	*v = xmlGetProp(ph, (const xmlChar *)"part");
	char	*end;
	long	 k;

	k = v != NULL ? strtol((char *)v, &end, 10) : 0;
	if (v == NULL || *end != '\0' || k < 1) {
		diag_error(s->dl, transform_path(s->t), 0, "placeholder "
		    "names no part: part=\"%s\"", v != NULL ? (char *)v : "");
		k = 0;
	}
	xmlFree(v);
	return k;
}

/* Write the fragment of part k, as children of an element at level - 1. */
static int
fragment(struct stream *s, long k, int level, int format)
{
	xmlDoc	*doc = NULL, *res = NULL;
	xmlNode	*root, *c;
	int	 rc = -1;

	if ((doc = part_doc(s, k)) == NULL ||
	    (res = transform_apply(s->dl, s->t, doc, s->part_params)) == NULL)
		goto out;
	xmlFreeDoc(doc);
	doc = NULL;
	if ((root = xmlDocGetRootElement(res)) == NULL) {
		diag_error(s->dl, transform_path(s->t), 0, "part %ld gives "
		    "no fragment", k);
		goto out;
	}
	for (c = root->children; c != NULL; c = c->next) {
		if (c->type == XML_ELEMENT_NODE) {
			if (scan_result(s, c, false) != 0)
				goto out;
			drop_ns(s, c);
		}
		if (emit_child(s, res, c, level, format) != 0)
			goto out;
	}
	rc = 0;
out:
	xmlFreeDoc(doc);
	xmlFreeDoc(res);
	return rc;
}

/*
 * Where emit() writes the placeholder ph: its level, and whether its
 * parent's children are indented (no text beside them, up to the root).
 */
static void
placement(const xmlNode *ph, int *level, int *format)
{
	const xmlNode	*a, *c;

	*level = 0;
	*format = 1;
	for (a = ph->parent; a != NULL && a->type == XML_ELEMENT_NODE;
	    a = a->parent) {
		(*level)++;
		for (c = a->children; c != NULL; c = c->next)
			if (c->type == XML_TEXT_NODE ||
			    c->type == XML_CDATA_SECTION_NODE ||
			    c->type == XML_ENTITY_REF_NODE)
				*format = 0;
	}
}

static int
spool_write(void *ctx, const char *buf, int len)
{
	struct stream	*s = ctx;
	ssize_t		 n;
	int		 done = 0;

	while (done < len) {
		if ((n = write(s->spool_fd, buf + done, len - done)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		done += (int)n;
	}
	s->spooled += len;
	return len;
}

static int
by_part(gconstpointer a, gconstpointer b, gpointer data)
{
	const long	*k = data;
	guint		 x = *(const guint *)a, y = *(const guint *)b;

	if (k[x] != k[y])
		return k[x] < k[y] ? -1 : 1;
	return x < y ? -1 : x > y;
}

/*
 * When the placeholders ask for parts out of source order (the matrix's
 * table runs from the last meeting to the first), read the source once
 * and spool the fragments in source order, instead of reopening the
 * source for every part.  dir is the output's directory.  0 or -1.
 */
static int
spool_parts(struct stream *s, const char *dir)
{
	xmlOutputBuffer	*saved = s->out, *out;
	GArray		*order;
	long		*k;
	gint64		*at;
	char		*tmp;
	guint		 i, j, n = s->holders->len;
	int		 level, format, plevel = -1, pformat = -1, rc = 0;
	bool		 sorted = true;

	k = g_new0(long, n + 1);
	for (i = 0; i < n; i++) {
		if ((k[i] = part_number(s, g_ptr_array_index(s->holders,
		    i))) == 0)
			rc = -1;
		if (i > 0 && k[i] <= k[i - 1])
			sorted = false;
	}
	if (rc != 0 || sorted) {
		g_free(k);
		return rc;
	}
	tmp = g_strdup_printf("%s/.spool.XXXXXX", dir);
	if ((s->spool_fd = g_mkstemp(tmp)) < 0) {
		diag_add(s->dl, DIAG_SYSTEM, dir, 0, 0, "cannot write a "
		    "spool file: %s", g_strerror(errno));
		g_free(tmp);
		g_free(k);
		return -1;
	}
	/* Gone from the directory at once: nothing is left if we die. */
	g_unlink(tmp);
	g_free(tmp);
	order = g_array_sized_new(FALSE, FALSE, sizeof(guint), n);
	for (i = 0; i < n; i++)
		g_array_append_val(order, i);
	g_array_sort_with_data(order, by_part, k);
	g_array_set_size(s->spool_at, 2 * n);
	at = (gint64 *)s->spool_at->data;
	out = xmlOutputBufferCreateIO(spool_write, NULL, s, NULL);
	s->out = out;
	for (j = 0; j < n && rc == 0; j++) {
		i = g_array_index(order, guint, j);
		placement(g_ptr_array_index(s->holders, i), &level, &format);
		if (j > 0 && k[i] == k[g_array_index(order, guint, j - 1)] &&
		    level == plevel && format == pformat) {
			/* The same part, placed alike: the same bytes. */
			at[2 * i] = at[2 * g_array_index(order, guint, j - 1)];
			at[2 * i + 1] = at[2 * g_array_index(order, guint,
			    j - 1) + 1];
			continue;
		}
		at[2 * i] = s->spooled;
		rc = fragment(s, k[i], level, format);
		if (xmlOutputBufferFlush(out) < 0 && rc == 0) {
			diag_add(s->dl, DIAG_SYSTEM, dir, 0, 0, "cannot write "
			    "a spool file: %s", g_strerror(errno));
			rc = -1;
		}
		at[2 * i + 1] = s->spooled;
		plevel = level;
		pformat = format;
	}
	xmlOutputBufferClose(out);
	s->out = saved;
	g_array_free(order, TRUE);
	g_free(k);
	return rc;
}

/* Copy the spooled bytes from start to end to the output. */
static int
unspool(struct stream *s, gint64 start, gint64 end)
{
	char	 buf[65536];
	ssize_t	 n;

	while (start < end) {
		n = pread(s->spool_fd, buf, end - start < (gint64)sizeof(buf) ?
		    (size_t)(end - start) : sizeof(buf), start);
		if (n <= 0) {
			diag_add(s->dl, DIAG_SYSTEM, s->out_path, 0, 0,
			    "cannot read the spool file: %s",
			    n < 0 ? g_strerror(errno) : "cut short");
			return -1;
		}
		xmlOutputBufferWrite(s->out, (int)n, buf);
		start += n;
	}
	return 0;
}

/* The content of a placeholder's part in its place. */
static int
emit_part(struct stream *s, const xmlNode *ph, int level, int format)
{
	guint	 i = s->next++;
	long	 k;

	if (s->spool_fd >= 0)
		return unspool(s, g_array_index(s->spool_at, gint64, 2 * i),
		    g_array_index(s->spool_at, gint64, 2 * i + 1));
	if ((k = part_number(s, ph)) == 0)
		return -1;
	return fragment(s, k, level, format);
}

/*
 * Write n at level.  A subtree without placeholders is written by
 * libxml2; an element above one is written here the same way, its
 * children one by one.
 */
static int
emit(struct stream *s, xmlDoc *doc, xmlNode *n, int level, int format)
{
	xmlBuffer	*b;
	xmlNode		*copy, *c;
	const xmlChar	*tag;
	int		 inner = format, len;

	if (!g_hash_table_contains(s->above, n) && !is_placeholder(n)) {
		xmlNodeDumpOutput(s->out, doc, n, level, format, "UTF-8");
		return 0;
	}
	if (is_placeholder(n)) {
		diag_error(s->dl, transform_path(s->t), 0,
		    "placeholder outside an element");
		return -1;
	}
	/* The start tag: an empty copy, written as "<x a="v"/>", less "/>". */
	b = xmlBufferCreate();
	copy = xmlDocCopyNode(n, doc, 2);
	drop_decl(copy);
	xmlNodeDump(b, doc, copy, level, 0);
	xmlFreeNode(copy);
	tag = xmlBufferContent(b);
	len = xmlBufferLength(b);
	if (len >= 2 && tag[len - 2] == '/')
		len -= 2;
	xmlOutputBufferWrite(s->out, len, (const char *)tag);
	xmlBufferFree(b);
	for (c = n->children; c != NULL && inner; c = c->next)
		if (c->type == XML_TEXT_NODE ||
		    c->type == XML_CDATA_SECTION_NODE ||
		    c->type == XML_ENTITY_REF_NODE)
			inner = 0;
	xmlOutputBufferWrite(s->out, 1, ">");
	if (inner)
		xmlOutputBufferWrite(s->out, 1, "\n");
	for (c = n->children; c != NULL; c = c->next) {
		if (is_placeholder(c)) {
			if (emit_part(s, c, level + 1, inner) != 0)
				return -1;
		} else if (emit_child(s, doc, c, level + 1, inner) != 0)
			return -1;
	}
	if (inner)
		indent(s, level);
	xmlOutputBufferWriteString(s->out, "</");
	if (n->ns != NULL && n->ns->prefix != NULL) {
		xmlOutputBufferWriteString(s->out, (const char *)n->ns->prefix);
		xmlOutputBufferWriteString(s->out, ":");
	}
	xmlOutputBufferWriteString(s->out, (const char *)n->name);
	xmlOutputBufferWriteString(s->out, ">");
	return 0;
}

/* Parameters plus stream = value, for transform_apply(). */
static const char **
with_stream(const char *const *params, const char *value)
{
	GPtrArray	*a = g_ptr_array_new();
	size_t		 i;

	for (i = 0; params != NULL && params[i] != NULL &&
	    params[i + 1] != NULL; i += 2) {
		g_ptr_array_add(a, (gpointer)params[i]);
		g_ptr_array_add(a, (gpointer)params[i + 1]);
	}
	g_ptr_array_add(a, (gpointer)"stream");
	g_ptr_array_add(a, (gpointer)value);
	g_ptr_array_add(a, NULL);
	return (const char **)g_ptr_array_free(a, FALSE);
}

/* Write the frame's result, parts in place, to the open file fd. */
static int
write_result(struct stream *s, xmlDoc *res, int fd)
{
	xmlNode	*c;
	int	 rc = 0;

	s->out = xmlOutputBufferCreateFd(fd, NULL);
	xmlOutputBufferWriteString(s->out,
	    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	for (c = res->children; c != NULL && rc == 0; c = c->next) {
		rc = emit(s, res, c, 0, 1);
		xmlOutputBufferWrite(s->out, 1, "\n");
	}
	if (xmlOutputBufferClose(s->out) < 0 && rc == 0) {
		diag_add(s->dl, DIAG_SYSTEM, s->out_path, 0, 0,
		    "cannot write: %s", g_strerror(errno));
		rc = -1;
	}
	s->out = NULL;
	return rc;
}

int
report_stream_write(struct diag_list *dl, struct transform *t,
    const char *src_path, const char *part, const char *const *params,
    const char *out_path)
{
	struct stream	 s;
	xmlDoc		*res = NULL;
	xmlNode		*c;
	char		*dir, *base, *tmp;
	int		 fd = -1, rc = -1;
	bool		 made = false, made_dir = false;

	memset(&s, 0, sizeof(s));
	s.dl = dl;
	s.t = t;
	s.src_path = src_path;
	s.part = (const xmlChar *)part;
	s.out_path = out_path;
	s.frame_params = with_stream(params, "frame");
	s.part_params = with_stream(params, "part");
	s.above = g_hash_table_new(g_direct_hash, g_direct_equal);
	s.context = g_ptr_array_new();
	s.holders = g_ptr_array_new();
	s.spool_at = g_array_new(FALSE, TRUE, sizeof(gint64));
	s.spool_fd = -1;
	dir = g_path_get_dirname(out_path);
	base = g_path_get_basename(out_path);
	tmp = g_strdup_printf("%s/.%s.XXXXXX", dir, base);
	if (read_frame(&s) != 0 || (res = transform_apply(dl, t, s.frame,
	    s.frame_params)) == NULL)
		goto out;
	for (c = res->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE) {
			if (scan_result(&s, c, true) != 0)
				goto out;
			drop_ns(&s, c);
		}
	/* The directory is made only now: a failed frame leaves nothing. */
	made_dir = !g_file_test(dir, G_FILE_TEST_IS_DIR);
	if (made_dir && g_mkdir_with_parents(dir, 0777) != 0) {
		diag_add(dl, DIAG_SYSTEM, dir, 0, 0,
		    "cannot create directory: %s", g_strerror(errno));
		made_dir = false;
		goto out;
	}
	/* Parts may be left out, but all of them is a stylesheet unaware. */
	if (s.nparts > 0 && s.holders->len == 0)
		diag_warning(dl, transform_path(t), 0, "no placeholder for "
		    "any of the %ld %s elements: does the stylesheet follow "
		    "xsl/STREAMING.md?", s.nparts, part);
	if (spool_parts(&s, dir) != 0)
		goto out;
	/* Not g_mkstemp(): the layout is as readable as the PDF. */
	if ((fd = g_mkstemp_full(tmp, O_RDWR, 0666)) < 0) {
		diag_add(dl, DIAG_SYSTEM, out_path, 0, 0, "cannot write: %s",
		    g_strerror(errno));
		goto out;
	}
	made = true;
	if (write_result(&s, res, fd) != 0)
		goto out;
	if (fsync(fd) != 0 || close(fd) != 0) {
		fd = -1;
		diag_add(dl, DIAG_SYSTEM, out_path, 0, 0, "cannot write: %s",
		    g_strerror(errno));
		goto out;
	}
	fd = -1;
	if (g_rename(tmp, out_path) != 0) {
		diag_add(dl, DIAG_SYSTEM, out_path, 0, 0, "cannot write: %s",
		    g_strerror(errno));
		goto out;
	}
	rc = 0;
out:
	if (fd >= 0)
		close(fd);
	if (rc != 0 && made)
		g_unlink(tmp);
	if (rc != 0 && made_dir)
		g_rmdir(dir);
	xmlsafe_reader_free(s.rd);
	g_hash_table_destroy(s.above);
	g_ptr_array_free(s.context, TRUE);
	g_ptr_array_free(s.holders, TRUE);
	g_array_free(s.spool_at, TRUE);
	if (s.spool_fd >= 0)
		close(s.spool_fd);
	xmlFreeDoc(s.frame);
	xmlFreeDoc(res);
	g_free(s.frame_params);
	g_free(s.part_params);
	g_free(tmp);
	g_free(base);
	g_free(dir);
	return rc;
}
