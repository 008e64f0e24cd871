/* Shared by the pdf_figure_*.c files only: text, marks, links, the key. */
#ifndef PDF_FIGURE_INT_H
#define PDF_FIGURE_INT_H

#include <stdbool.h>

#include <cairo.h>
#include <glib.h>
#include <libxml/tree.h>
#include <pango/pango.h>

struct diag_list;

/* Type sizes in points: labels start at the first, never go below the last. */
#define FIG_SIZE_MAX	7.5
#define FIG_SIZE_MIN	6.0
#define FIG_INK		0x262626	/* text */
#define FIG_MUTED	0x595959	/* tick labels, key */
#define FIG_RULE	0x8c8c8c	/* axes */
#define FIG_GRID	0xdadada	/* grid lines */
#define FIG_BAR		0x3a6592	/* bars: prints mid grey */

enum pdf_figure_mark_kind {
	PDF_FIGURE_MARK_TEXT,
	PDF_FIGURE_MARK_SHAPE
};

/* What was put where: kept for tests that check overlaps and bounds. */
struct pdf_figure_mark {
	enum pdf_figure_mark_kind	 kind;
	double				 x, y, w, h;
	char				*text;	/* for text marks */
};

/* One drawing in progress. */
struct fig {
	struct diag_list	*dl;
	cairo_t			*cr;
	PangoContext		*pctx;
	char			*file;	/* of the chart's document */
	GArray			*marks;	/* or NULL */
	double			 x, y, w, h;	/* where to draw */
	double			 box_w, box_h;	/* the figure's */
};

/* A label to fit: its text, the node it came from, its key marker. */
struct fig_label {
	char		*text;		/* "" if it cannot be shown */
	const xmlNode	*node;
	char		*mark;		/* "1", "A" when keyed */
	PangoLayout	*lay;		/* current layout, owned */
};

/*
 * Same as pdf_figure_draw(), also appending to marks (when not NULL)
 * every text and shape drawn; free the marks' text with g_free().
 */
int		 pdf_figure_draw_marks(struct diag_list *, cairo_t *,
		    const xmlNode *, double x, double y, double w, double h,
		    GArray *marks);

int		 pdf_figure_bar(struct fig *, const xmlNode *);
int		 pdf_figure_heat(struct fig *, const xmlNode *);
int		 pdf_figure_time(struct fig *, const xmlNode *);

long		 fig_line(const xmlNode *);
/* An attribute's value (caller frees with g_free()) or NULL. */
char		*fig_attr(const xmlNode *, const char *name);
/* Parse an xsd:decimal; false after recording an error. */
bool		 fig_decimal(struct fig *, const xmlNode *,
		    const char *what, const char *s, double *v,
		    int *decimals);
/* v with that many decimals, in the C locale; caller frees. */
char		*fig_format(double v, int decimals);
/* Record an error for node. */
void		 fig_error(struct fig *, const xmlNode *,
		    const char *fmt, ...)
		    __attribute__((format(printf, 3, 4)));

/*
 * A Noto Sans layout of text at size points; width > 0 wraps at word
 * boundaries.  Caller frees with g_object_unref().
 */
PangoLayout	*fig_layout(struct fig *, const char *text, double size,
		    bool bold, double width, PangoAlignment);
void		 fig_size(PangoLayout *, double *w, double *h);
/* Height of one line of text at size. */
double		 fig_line_height(struct fig *, double size);
/* True when no line of a wrapped layout is wider than its width. */
bool		 fig_fits_width(PangoLayout *, double width);
/*
 * Check that the bundled fonts cover every character of text; if not,
 * record an error naming the character and return false.
 */
bool		 fig_covered(struct fig *, const xmlNode *,
		    const char *what, const char *text);

/*
 * Draw a layout with its logical box's top left at x, y; angle is 0
 * or -90 (reading upwards: the box lies right of x and above y).
 */
void		 fig_show(struct fig *, PangoLayout *, double x, double y,
		    int angle, unsigned rgb);
void		 fig_fill(struct fig *, double x, double y, double w,
		    double h, unsigned rgb);
void		 fig_stroke_line(struct fig *, double x0, double y0,
		    double x1, double y1, double width, unsigned rgb);
void		 fig_set_rgb(struct fig *, unsigned rgb);
void		 fig_mark(struct fig *, enum pdf_figure_mark_kind, double x,
		    double y, double w, double h, const char *text);
/*
 * Around the drawing of what links to id (its label, bar or row): the
 * link area is what is drawn in between.  Nothing when id is NULL.
 */
void		 fig_link_begin(struct fig *, const char *id);
void		 fig_link_end(struct fig *, const char *id);

/*
 * The key below a chart whose labels became markers: "1 Label  2 Label"
 * wrapped over width at size.  Returns its layout (caller unrefs).
 */
PangoLayout	*fig_key(struct fig *, struct fig_label **, size_t n,
		    double width, double size);

void		 fig_labels_free(struct fig_label *, size_t n);

/* A step of 1, 2, 2.5 or 5 times a power of ten giving about n ticks. */
double		 fig_nice_step(double span, int n, bool integers);

#endif
