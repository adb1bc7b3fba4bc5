package org.ocop.rules.audit;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import org.ocop.rules.criteria.Part;

/**
 * The summary's two charts, drawn once against a small {@link Canvas} so that the HTML gets them as inline SVG and
 * the PDF as vector graphics (openhtmltopdf renders SVG only with its Batik plugin, several megabytes of
 * dependencies for two charts; its object drawers give a {@link Graphics2D} that writes PDF vectors instead).
 *
 * <p>The star chart is a grid of recorded stars (rows) against recomputed stars (columns), "none" last on both
 * axes, with a bubble whose area is proportional to the number of products: the diagonal is agreement. The parts
 * chart shows each part's mean points as a bar inside its cap.
 */
final class Chart {

    /** What the charts are drawn on. Coordinates are in the chart's own units; y grows downwards. */
    interface Canvas {
        void rect(double x, double y, double w, double h, String fill);

        void frame(double x, double y, double w, double h, String stroke);

        void circle(double cx, double cy, double r, String fill, double opacity);

        /** Text with its baseline at {@code y}; {@code anchor} is start, middle or end. */
        void text(double x, double y, String text, double size, String anchor, boolean bold, String fill);
    }

    static final double STARS_WIDTH = 300;
    static final double STARS_HEIGHT = 270;
    static final double PARTS_WIDTH = 360;
    static final double PARTS_HEIGHT = 130;

    private static final double CELL = 36;
    private static final double GRID_X = 64;
    private static final double GRID_Y = 44;
    private static final String AGREE = "#2e7d32";
    private static final String DIFFER = "#d84315";
    private static final String INK = "#222222";
    private static final String GRID = "#b0b0b0";

    private Chart() {
    }

    /** Recorded against recomputed stars. */
    static void stars(Canvas c, Summary s, ReportText text) {
        long max = 1;
        for (long[] row : s.stars) {
            for (long n : row) {
                max = Math.max(max, n);
            }
        }
        c.text(GRID_X + 3 * CELL, 14, text.get("chart.stars.recomputed") + " \u2192", 11, "middle", true, INK);
        c.text(4, 14, text.get("chart.stars.recorded") + " \u2193", 11, "start", true, INK);
        for (int i = 0; i < Summary.STAR_SLOTS; i++) {
            String label = axis(i, text);
            c.text(GRID_X + i * CELL + CELL / 2, GRID_Y - 8, label, 11, "middle", false, INK);
            c.text(GRID_X - 6, GRID_Y + i * CELL + CELL / 2 + 4, label, 11, "end", false, INK);
        }
        for (int row = 0; row < Summary.STAR_SLOTS; row++) {
            for (int col = 0; col < Summary.STAR_SLOTS; col++) {
                double x = GRID_X + col * CELL;
                double y = GRID_Y + row * CELL;
                boolean diagonal = row == col;
                c.rect(x, y, CELL, CELL, diagonal ? "#e8f5e9" : "#fafafa");
                c.frame(x, y, CELL, CELL, GRID);
                long n = s.stars[slot(row)][slot(col)];
                if (n > 0) {
                    double r = Math.max(4, (CELL / 2 - 2) * Math.sqrt((double) n / max));
                    c.circle(x + CELL / 2, y + CELL / 2, r, diagonal ? AGREE : DIFFER, 0.45);
                    c.text(x + CELL / 2, y + CELL / 2 + 4, Long.toString(n), 11, "middle", true, INK);
                }
            }
        }
    }

    /** Each part's mean points against its cap. */
    static void parts(Canvas c, Summary s, ReportText text) {
        if (s.productsWithParts == 0) {
            c.text(0, 20, text.get("chart.parts.none"), 11, "start", false, INK);
            return;
        }
        double barX = 30;
        double barWidth = 220;
        int i = 0;
        for (Part part : Part.values()) {
            double y = 12 + i++ * 38;
            BigDecimal points = s.meanPoints(part);
            BigDecimal cap = s.meanCap(part);
            double share = cap.signum() == 0 ? 0
                    : Math.min(1, points.divide(cap, MathContext.DECIMAL64).doubleValue());
            c.text(4, y + 17, part.name(), 12, "start", true, INK);
            c.rect(barX, y, barWidth, 24, "#e0e0e0");
            c.rect(barX, y, barWidth * share, 24, "#1565c0");
            c.frame(barX, y, barWidth, 24, GRID);
            c.text(barX + barWidth + 8, y + 17, points.toPlainString() + " / " + cap.toPlainString(), 11, "start",
                    false, INK);
        }
    }

    /** Row and column order: 1★ … 5★, then none (stored at index 0). */
    private static int slot(int position) {
        return position == Summary.STAR_SLOTS - 1 ? 0 : position + 1;
    }

    private static String axis(int position, ReportText text) {
        int stars = slot(position);
        return stars == 0 ? text.get("none") : stars + "\u2605";
    }

    /** The chart as an inline SVG element. */
    static String svg(double width, double height, String label, java.util.function.Consumer<Canvas> drawing) {
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" aria-label=\"").append(Html.escape(label)).append("\">");
        drawing.accept(new Canvas() {
            @Override
            public void rect(double x, double y, double w, double h, String fill) {
                out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                        .append(num(w)).append("\" height=\"").append(num(h)).append("\" fill=\"").append(fill)
                        .append("\"/>");
            }

            @Override
            public void frame(double x, double y, double w, double h, String stroke) {
                out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                        .append(num(w)).append("\" height=\"").append(num(h))
                        .append("\" fill=\"none\" stroke-width=\"0.75\" stroke=\"").append(stroke).append("\"/>");
            }

            @Override
            public void circle(double cx, double cy, double r, String fill, double opacity) {
                out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                        .append(num(r)).append("\" fill=\"").append(fill).append("\" fill-opacity=\"")
                        .append(num(opacity)).append("\"/>");
            }

            @Override
            public void text(double x, double y, String text, double size, String anchor, boolean bold,
                    String fill) {
                out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
                        .append("\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"").append(num(size))
                        .append("\" text-anchor=\"").append(anchor).append('"')
                        .append(bold ? " font-weight=\"bold\"" : "").append(" fill=\"").append(fill).append("\">")
                        .append(Html.escape(text)).append("</text>");
            }
        });
        return out.append("</svg>").toString();
    }

    /** Draws a chart of {@code width} × {@code height} units on {@code g}, scaled to fill {@code w} × {@code h}. */
    static void draw(Graphics2D g, double w, double h, double width, double height,
            java.util.function.Consumer<Canvas> drawing) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            double scale = Math.min(w / width, h / height);
            g2.scale(scale, scale);
            drawing.accept(new Canvas() {
                @Override
                public void rect(double x, double y, double rw, double rh, String fill) {
                    g2.setColor(Color.decode(fill));
                    g2.fill(new Rectangle2D.Double(x, y, rw, rh));
                }

                @Override
                public void frame(double x, double y, double rw, double rh, String stroke) {
                    g2.setColor(Color.decode(stroke));
                    g2.setStroke(new BasicStroke(0.75f));
                    g2.draw(new Rectangle2D.Double(x, y, rw, rh));
                }

                @Override
                public void circle(double cx, double cy, double r, String fill, double opacity) {
                    java.awt.Composite before = g2.getComposite();
                    g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
                    g2.setColor(Color.decode(fill));
                    g2.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
                    g2.setComposite(before);
                }

                @Override
                public void text(double x, double y, String text, double size, String anchor, boolean bold,
                        String fill) {
                    Font font = (bold ? Fonts.BOLD : Fonts.REGULAR).deriveFont((float) size);
                    double width = font.getStringBounds(text, g2.getFontRenderContext()).getWidth();
                    double left = switch (anchor) {
                        case "middle" -> x - width / 2;
                        case "end" -> x - width;
                        default -> x;
                    };
                    // drawn as glyph outlines: no font for the PDF to embed, and no glyph can go missing
                    g2.setColor(Color.decode(fill));
                    g2.fill(font.createGlyphVector(g2.getFontRenderContext(), text).getOutline((float) left,
                            (float) y));
                }
            });
        } finally {
            g2.dispose();
        }
    }

    private static String num(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                        .toPlainString();
    }

    /** The DejaVu fonts shipped in this jar, for the charts' Java 2D text; loaded on first use. */
    static final class Fonts {
        static final Font REGULAR = load("DejaVuSans.ttf");
        static final Font BOLD = load("DejaVuSans-Bold.ttf");

        private Fonts() {
        }

        static Font load(String name) {
            try (InputStream in = Chart.class.getResourceAsStream("fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("font " + name + " is not on the class path");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + name, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("font " + name + " is not a TrueType font", e);
            }
        }
    }
}
