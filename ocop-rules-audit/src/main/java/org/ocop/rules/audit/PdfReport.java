package org.ocop.rules.audit;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Renders the report's print page (see {@link HtmlReport}) to an A4 PDF with openhtmltopdf: the DejaVu fonts of
 * this jar are embedded (subset), so Vietnamese text renders the same everywhere and no system font is ever used,
 * and the two charts are drawn as vectors by object drawers.
 *
 * <p>The renderer holds the whole document while it lays it out, so unlike HTML and XLSX the PDF's memory grows
 * with the number of products (about 2,000 products fit the default heap; see the module's tests).
 */
final class PdfReport {

    /** The family name the report's CSS asks for; the only font family the renderer is given. */
    static final String FAMILY = "DejaVu Sans";

    private PdfReport() {
    }

    /** Renders {@code html} (the print page, a UTF-8 XHTML file) to {@code out}, drawing the charts of {@code s}. */
    static void render(Path html, OutputStream out, Summary s, ReportText text) throws IOException {
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(HtmlReport.STARS_CHART, drawer(Chart.STARS_WIDTH, Chart.STARS_HEIGHT,
                c -> Chart.stars(c, s, text)));
        drawers.registerDrawer(HtmlReport.PARTS_CHART, drawer(Chart.PARTS_WIDTH, Chart.PARTS_HEIGHT,
                c -> Chart.parts(c, s, text)));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> PdfReport.class.getResourceAsStream("fonts/DejaVuSans.ttf"), FAMILY, 400,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> PdfReport.class.getResourceAsStream("fonts/DejaVuSans-Bold.ttf"), FAMILY, 700,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useObjectDrawerFactory(drawers);
        builder.withFile(html.toFile());
        builder.toStream(out);
        builder.run();
    }

    private static FSObjectDrawer drawer(double width, double height, Consumer<Chart.Canvas> drawing) {
        return (element, x, y, w, h, device, context, dotsPerPixel) -> {
            device.drawWithGraphics((float) x, (float) y, (float) w / dotsPerPixel, (float) h / dotsPerPixel,
                    g -> Chart.draw(g, w / dotsPerPixel, h / dotsPerPixel, width, height, drawing));
            return Map.of();
        };
    }
}
