/* Render: checks a layout document, lays it out page by page and hands each page to the PDF writer. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib.h>
#include <libxml/tree.h>

#include "diag.h"
#include "fonts.h"
#include "layout.h"
#include "pdf.h"
#include "render.h"

/*
 * The PDF date: SOURCE_DATE_EPOCH when set (reproducible builds), else
 * the document's date at midnight UTC, else the epoch; never the clock.
 */
static char *
pdf_date(struct diag_list *dl, const struct layout_doc *ld)
{
	const char	*env = g_getenv("SOURCE_DATE_EPOCH"), *d;
	GDateTime	*dt;
	char		*end, *s;
	gint64		 t;

	if (env != NULL && *env != '\0') {
		t = g_ascii_strtoll(env, &end, 10);
		if (*end == '\0' && t >= 0 &&
		    (dt = g_date_time_new_from_unix_utc(t)) != NULL) {
			s = g_date_time_format(dt, "%Y-%m-%dT%H:%M:%SZ");
			g_date_time_unref(dt);
			return s;
		}
		diag_warning(dl, NULL, 0, "SOURCE_DATE_EPOCH is not a number "
		    "of seconds; ignored");
	}
	if ((d = layout_doc_meta(ld, "date")) != NULL) {
		/* A year of four digits: the PDF date has room for no other
		 * ("-0044-03-15" was written as "-004-0-1..."). */
		if (g_ascii_isdigit(d[0]) && g_ascii_isdigit(d[1]) &&
		    g_ascii_isdigit(d[2]) && g_ascii_isdigit(d[3]) &&
		    d[4] == '-')
			return g_strdup_printf("%.10sT00:00:00Z", d);
		diag_warning(dl, layout_doc_file(ld), 0, "meta date %s has no four-digit "
		    "year, as a PDF date needs: the PDF is dated 1970-01-01",
		    d);
	}
	return g_strdup("1970-01-01T00:00:00Z");
}

/*
 * Cairo 1.16 writes no Info key of our own, so the document's version
 * and date travel in Keywords: "..., version 1, 2019-05-07".
 */
static char *
keywords_with_version(struct layout_doc *ld)
{
	const char	*kw = layout_doc_meta(ld, "keywords");
	const char	*v = layout_doc_meta(ld, "version");
	const char	*d = layout_doc_meta(ld, "date");
	GString		*s = g_string_new(kw);

	if (v != NULL && *v != '\0')
		g_string_append_printf(s, "%sversion %s", s->len ? ", " : "",
		    v);
	if (d != NULL && *d != '\0')
		g_string_append_printf(s, "%s%s", s->len ? ", " : "", d);
	if (s->len == 0) {
		g_string_free(s, TRUE);
		return NULL;
	}
	return g_string_free(s, FALSE);
}

static int
to_pdf(void *arg, const struct layout_page *page)
{
	return pdf_doc_page(arg, page);
}

static int
to_dump(void *arg, const struct layout_page *page)
{
	layout_dump_page(arg, page);
	return 0;
}

static struct layout_doc *
prepare(struct diag_list *dl, xmlDoc *doc)
{
	if (fonts_init(dl) != 0)
		return NULL;
	return layout_read(dl, doc);
}

/* Lay ld out into a PDF at out_path; frees ld. */
static int
render_laid(struct diag_list *dl, struct layout_doc *ld, const char *out_path,
    size_t nerr)
{
	struct pdf_doc		*pdf;
	struct pdf_meta		 meta;
	char			*date, *keywords;
	int			 rc;

	date = pdf_date(dl, ld);
	memset(&meta, 0, sizeof(meta));
	meta.title = layout_doc_meta(ld, "title");
	meta.author = layout_doc_meta(ld, "author");
	meta.subject = layout_doc_meta(ld, "subject");
	keywords = keywords_with_version(ld);
	meta.keywords = keywords;
	meta.date = date;
	if ((pdf = pdf_doc_open(dl, out_path, &meta)) == NULL) {
		g_free(keywords);
		g_free(date);
		layout_doc_free(ld);
		return -1;
	}
	rc = layout_run(dl, ld, to_pdf, pdf);
	if (diag_list_count_at_least(dl, DIAG_ERROR) > nerr)
		rc = -1;
	if (pdf_doc_close(pdf, rc == 0) != 0)
		rc = -1;
	g_free(keywords);
	g_free(date);
	layout_doc_free(ld);
	return rc;
}

int
render_document(struct diag_list *dl, xmlDoc *doc, const char *out_path)
{
	struct layout_doc	*ld;
	/* Only this document's errors stop it, not a caller's earlier ones. */
	size_t			 nerr = diag_list_count_at_least(dl, DIAG_ERROR);

	if ((ld = prepare(dl, doc)) == NULL)
		return -1;
	return render_laid(dl, ld, out_path, nerr);
}

int
render_file(struct diag_list *dl, const char *layout_path,
    const char *out_path)
{
	struct layout_doc	*ld;
	size_t			 nerr = diag_list_count_at_least(dl, DIAG_ERROR);

	if (fonts_init(dl) != 0 || (ld = layout_open(dl, layout_path)) == NULL)
		return -1;
	return render_laid(dl, ld, out_path, nerr);
}

int
render_dump(struct diag_list *dl, xmlDoc *doc, GString *out)
{
	struct layout_doc	*ld;
	int			 rc;

	if ((ld = prepare(dl, doc)) == NULL)
		return -1;
	layout_doc_no_spool(ld);
	rc = layout_run(dl, ld, to_dump, out);
	layout_doc_free(ld);
	return rc;
}
