/* Layout stage internals shared by the layout_*.c files and no other stage. */
#ifndef LAYOUT_INT_H
#define LAYOUT_INT_H

#include <stdbool.h>
#include <stdio.h>

#include <glib.h>
#include <libxml/tree.h>
#include <pango/pango.h>

#include "layout.h"

struct diag_list;
struct _HyphenDict;
struct _xmlRelaxNG;
struct lt_stream;
struct lt_reuse;

enum lt_align {
	LT_LEFT,
	LT_RIGHT,
	LT_CENTER,
	LT_JUSTIFY
};

/* A resolved style: every property set. */
struct lt_style {
	char		*name;
	bool		 sans;
	double		 size;		/* pt */
	double		 leading;	/* line pitch / size */
	bool		 bold;
	bool		 italic;
	guint32		 color;
	bool		 has_background;
	guint32		 background;
	enum lt_align	 align;
	bool		 hyphenate;
	double		 space_before;
	double		 space_after;
	double		 indent;
	double		 first_indent;
	double		 padding;
	double		 rule;
	guint32		 rule_color;
	bool		 caps;
	double		 letter_spacing;
	bool		 keep_with_next;
	PangoFontDescription *font;
	double		 font_h;	/* ascent + descent, 0 until measured */
};

/* One running-head slot: the mixed content of left, center or right. */
struct lt_template {
	char		*name;
	const xmlNode	*node;
	double		 width, height;
	double		 top, bottom, left, right;
	const xmlNode	*header;	/* header element or NULL */
	const xmlNode	*footer;
};

/* What the first pass learns and the final pass reads. */
struct lt_target {
	int		 page;		/* 0 until placed */
	char		*label;
	char		*title;		/* see lt_target_title() */
	const xmlNode	*node;		/* the element with the id, when the
					   document is a whole tree */
};

/* A section, in document order: its destination and its TOC entry. */
struct lt_section {
	char		*key;		/* id, or "sec:N" */
	char		*title;		/* text of its title, or NULL */
	long		 line;
	int		 level;		/* TOC level; 0: not in the TOC */
	const xmlNode	*node;		/* when the document is a whole tree */
};

struct layout_doc {
	xmlDoc		*doc;		/* the document, or (streamed) its
					   root with every child but the
					   sequences */
	bool		 owns_doc;
	char		*path;		/* streamed: the file the sequences
					   are read from, pass by pass */
	struct lt_stream *stream;	/* streamed: the pass's reader */
	GPtrArray	*kept;		/* streamed: chart nodes taken out of
					   the stream for drawing, owned */
	char		*file;		/* relative path for messages */
	GHashTable	*meta;		/* key -> text */
	GHashTable	*styles;	/* name -> struct lt_style */
	GHashTable	*templates;	/* name -> struct lt_template */
	GHashTable	*targets;	/* id (or section key) -> struct lt_target */
	GPtrArray	*sections;	/* struct lt_section, document order */
	bool		 needs_pages;	/* toc, page refs or page count */
	bool		 page_refs;	/* ref kind="page": two passes */
	bool		 no_spool;	/* lay out twice rather than spool */
	int		 page_count;	/* from the first pass */
	PangoContext	*pc;
	struct _HyphenDict *hyph;
	bool		 hyph_tried;
	GHashTable	*hyph_words;	/* word -> word with soft hyphens */
	GHashTable	*markers;	/* "style marker width" -> PangoLayout */
	struct lt_reuse	*reuse;		/* the first pass's paragraphs, for
					   the final pass */
};

/* A vertical slice of content: a line of text, a rule, a figure, a row. */
struct lt_item {
	double		 h;
	double		 space;		/* space above; dropped at a page top */
	int		 keep;		/* 0 free, 1 weak, 2 strong: keep with next */
	double		 baseline;	/* first text baseline, for list markers */
	GArray		*ops;		/* struct layout_op, relative to the top */
	struct lt_row	*row;		/* a table row: split by layout_table */
	struct lt_table	*table;		/* the table a body row belongs to */
	bool		 page_break;	/* an explicit page break */
};

/* Where a block puts its items. */
struct lt_sink {
	void		(*push)(struct lt_sink *, struct lt_item *);
	GPtrArray	*items;		/* collected items (cells, list items) */
	struct lt_engine *eng;
};

struct lt_engine {
	struct diag_list	*dl;
	struct layout_doc	*ld;
	bool			 final;		/* the pass that draws */
	layout_page_fn		 fn;
	void			*arg;
	int			 failed;

	/* The page being filled. */
	struct layout_page	*page;
	const struct lt_template *tpl;		/* template of this page */
	const struct lt_template *seq_tpl;	/* template of the sequence */
	const struct lt_template *first_tpl;
	bool			 roman;
	int			 page_number;
	double			 y, bottom;
	bool			 fresh;		/* nothing placed yet */
	bool			 after_break;	/* the last item placed was a
						   page-break */
	char			*section_first;	/* first level-1 title here */
	char			*section_last;	/* last level-1 title so far */
	double			 body_width;

	struct lt_sink		 main;
	GPtrArray		*queue;		/* items not yet placed */
	GArray			*pending;	/* ops for the next item */
	double			 pending_space;
	int			 breaks;	/* page-breaks waiting for a
						   block to follow them */
	int			 depth;		/* section depth */
	bool			 no_tags;	/* inside a table cell */
	bool			 head_warned;	/* a running head was named */
	int			 auto_id;
	guint			 nsection;	/* sections laid out so far */

	/* The slot each TOC entry kept for its page label. */
	GArray			*toc_slots;	/* struct lt_toc_slot */

	/* Pages kept on disk until the page count is known. */
	FILE			*spool;
	GPtrArray		*fonts;		/* PangoFont, referenced */
};

/* layout_read.c */
/* The text a ref kind="title" shows for target t; borrowed from t. */
const char		*lt_target_title(struct lt_target *t);
/* The text of n's own title or caption (a figure's alt), or NULL. */
char			*lt_own_title(const xmlNode *n);
const struct lt_style	*lt_style_get(struct layout_doc *ld, const char *name);
/* The style name, or NULL when neither the document nor the built-in
 * styles define it. */
const struct lt_style	*lt_style_find(struct layout_doc *ld, const char *name);
void			 lt_read_template(struct layout_doc *ld,
			    struct diag_list *dl, const xmlNode *n);
void			 lt_read_meta(struct layout_doc *ld, const xmlNode *n);

/*
 * layout_scan.c: ids (unique), section nesting, references, styles and
 * page templates named, sections and the targets references need, from
 * the whole tree ld->doc, or from the file at path read as a stream and
 * validated against schema on the way, its non-sequence parts copied
 * into ld->doc.  0, or -1 after recording errors.
 */
int			 lt_scan_tree(struct diag_list *dl,
			    struct layout_doc *ld);
int			 lt_scan_file(struct diag_list *dl,
			    struct layout_doc *ld, const char *path,
			    struct _xmlRelaxNG *schema);

/*
 * layout_stream.c: the layout pass's view of a streamed document.  The
 * file is parsed only as far as the layout needs, and what the layout
 * is done with is freed.  Without a stream (a whole tree) these are
 * plain tree steps.
 */
struct lt_stream	*lt_stream_open(struct diag_list *dl, const char *path);
void			 lt_stream_close(struct lt_stream *s);
const xmlNode		*lt_stream_root(struct lt_stream *s);
bool			 lt_stream_failed(const struct lt_stream *s);
/* The first child of parent / the sibling after n (any node type). */
const xmlNode		*lt_first(struct lt_engine *e, const xmlNode *parent);
const xmlNode		*lt_next(struct lt_engine *e, const xmlNode *n);
/* Parse until n's end tag. */
void			 lt_complete(struct lt_engine *e, const xmlNode *n);
/* Free the siblings before n (streamed only). */
void			 lt_release_before(struct lt_engine *e,
			    const xmlNode *n);
double			 lt_length(const char *s);
guint32			 lt_color(const char *s);
char			*lt_text_of(const xmlNode *n);
char			*lt_attr(const xmlNode *n, const char *name);
bool			 lt_is(const xmlNode *n, const char *name);
/* True when n is a block element: p, list, table, section... (not anchor). */
bool			 lt_is_block(const xmlNode *n);
bool			 lt_has_blocks(const xmlNode *n);
long			 lt_line(const xmlNode *n);

/* layout_page.c */
/* Create ld->pc, the Pango context every layout is measured with. */
void		 lt_context(struct layout_doc *ld);
struct lt_item	*lt_item_new(void);
void		 lt_item_free(struct lt_item *it);
/* Release what one op holds (not the op itself). */
void		 lt_op_clear(struct layout_op *op);
void		 lt_ops_free(GArray *ops);
struct layout_op *lt_op_add(GArray *ops, enum layout_op_kind kind);
void		 lt_op_copy(GArray *dst, const struct layout_op *op,
		    double dx, double dy, bool tags);
void		 lt_pending_tag(struct lt_engine *e, const char *name,
		    const char *attrs);
void		 lt_pending_dest(struct lt_engine *e, const char *name);
void		 lt_tag_end(struct lt_engine *e, struct lt_sink *s,
		    const char *name);
void		 lt_sink_push(struct lt_engine *e, struct lt_sink *s,
		    struct lt_item *it);
void		 lt_space(struct lt_engine *e, double space);
void		 lt_blocks(struct lt_engine *e, struct lt_sink *s,
		    const xmlNode *first, double x, double w);
void		 lt_collect_init(struct lt_sink *s, struct lt_engine *e);
void		 lt_collect_free(struct lt_sink *s);
/* What the scan found of the next section in document order, or NULL. */
const struct lt_section *lt_section_of(struct lt_engine *e,
		    const xmlNode *sec);
double		 lt_body_height(const struct lt_engine *e);

/* layout_running.c: running heads and TOC numbers, then the page goes on. */
void		 lt_hand_on(struct lt_engine *e);
/*
 * The room a header (a footer when footer) needs between the page edge
 * and the body: its baseline's distance from the body, plus the ascent
 * (descent) of the font of style header (footer).
 */
double		 lt_head_room(struct layout_doc *ld, bool footer);
/* layout_page.c */
void		 lt_page_free(struct layout_page *p);

/*
 * layout_spool.c: when the page count is shown but no page is referred
 * to from the text, each finished page is written to e->spool and read
 * back, one at a time, once the count is known.
 */
void		 lt_spool_page(struct lt_engine *e);
void		 lt_spool_replay(struct lt_engine *e);

/* layout_text.c */
/* s quoted for a Cairo tag attribute ('...'); caller frees with g_free(). */
char		*lt_quote(const char *s);
struct lt_para {
	const xmlNode		*node;	/* for messages and inline content */
	const struct lt_style	*style;
	enum lt_align		 align;
	double			 x, w;
	double			 indent;	/* extra first-line indent */
	int			 keep_last;	/* keep of the last line */
	bool			 no_orphans;	/* widow and orphan control */
	const char		*text;	/* plain text instead of node's */
	long			 line;	/* for messages when node is NULL */
};
void		 lt_paragraph(struct lt_engine *e, struct lt_sink *s,
		    const struct lt_para *p);
/*
 * Whether style st's indent and first-indent leave a paragraph in a
 * column of w at least 72pt of text (half of w in a column narrower
 * than 144pt); if not, an error at n's line says so.
 */
/* The narrowest text column a list indents down to. */
#define LT_MIN_TEXT_W	72.0
/*
 * The least text width an indent or a list marker may leave in a column
 * of w: LT_MIN_TEXT_W, or half of a column narrower than twice that.
 */
double		 lt_least_text_w(double w);
bool		 lt_indent_fits(struct lt_engine *e, const xmlNode *n,
		    const struct lt_style *st, double w);
void		 lt_list(struct lt_engine *e, struct lt_sink *s,
		    const xmlNode *list, double x, double w);
/* Report the first character no bundled font has, with line_no. */
void		 lt_unknown_glyphs(struct lt_engine *e, PangoLayout *lay,
		    long line_no);
PangoLayout	*lt_simple_layout(struct lt_engine *e,
		    const struct lt_style *st, const char *text, double w,
		    enum lt_align align);
/* Left edge of the first line of lay, its alignment applied. */
double		 lt_line_left(PangoLayout *lay);
void		 lt_text_op(GArray *ops, PangoLayoutLine *line, double x,
		    double baseline);

/* layout_reuse.c: paragraphs of the first pass, for the final pass. */
struct lt_reuse	*lt_reuse_new(void);
void		 lt_reuse_free(struct lt_reuse *r);
void		 lt_reuse_keep(struct lt_reuse *r, const char *text,
		    PangoAttrList *attrs, const struct lt_style *st, int width,
		    int indent, enum lt_align align, PangoLayout *lay);
/* The kept layout of this paragraph (a new reference), or NULL. */
PangoLayout	*lt_reuse_take(struct lt_reuse *r, const char *text,
		    PangoAttrList *attrs, const struct lt_style *st, int width,
		    int indent, enum lt_align align);

/* layout_hyphen.c */
char		*lt_hyphenate(struct layout_doc *ld, const char *text,
		    size_t len);

/* layout_table.c */
void		 lt_table(struct lt_engine *e, struct lt_sink *s,
		    const xmlNode *table, double x, double w);
double		 lt_row_place(struct lt_engine *e, struct lt_item *it,
		    double avail, bool force, GArray *out, double y,
		    bool *done);
double		 lt_row_min(const struct lt_item *it);
/* Baseline of a row's first line of text from its top, or 0: none. */
double		 lt_row_baseline(const struct lt_item *it);
double		 lt_table_repeat(struct lt_engine *e, struct lt_table *t,
		    GArray *out, double y);
double		 lt_table_repeat_height(const struct lt_table *t);
void		 lt_row_free(struct lt_row *r);
void		 lt_table_unref(struct lt_table *t);
struct lt_table	*lt_table_ref(struct lt_table *t);

/* layout_toc.c */
struct lt_toc_slot {
	const struct lt_section	*sec;	/* borrowed from ld->sections */
	double			 w;
};
void		 lt_toc(struct lt_engine *e, struct lt_sink *s,
		    const xmlNode *toc, double x, double w);
/* Width in points of a page label set in the named TOC style. */
double		 lt_label_width(struct lt_engine *e, const char *style,
		    const char *label);
/*
 * True when a TOC entry's page label, as the pages placed so far have
 * it, is wider than the slot the entry kept for it: the entries were
 * laid out before their pages were known, and the TOC must be laid out
 * again for the labels to fit.
 */
bool		 lt_toc_slots_short(struct lt_engine *e);

#endif
