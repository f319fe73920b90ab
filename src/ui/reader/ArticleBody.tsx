/**
 * Renders an Article's blocks. This is the allow-list: only these elements are ever created,
 * text goes through preact's escaping, and every URL passes safeHttpUrl again here even though
 * the extractor already checked it (defence in depth). Page HTML is never injected.
 */
import type { Block, Inline } from '../../core/types.ts';
import { safeHttpUrl } from '../../core/safe-url.ts';

function InlineRun({ inline }: { inline: Inline }) {
  if (inline.type === 'link') {
    const href = safeHttpUrl(inline.href);
    if (!href) return <>{inline.text}</>;
    return (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {inline.text}
      </a>
    );
  }
  let node = <>{inline.text}</>;
  if (inline.italic) node = <em>{node}</em>;
  if (inline.bold) node = <strong>{node}</strong>;
  return node;
}

function Inlines({ inlines }: { inlines: Inline[] }) {
  return (
    <>
      {inlines.map((inline, i) => (
        <InlineRun key={i} inline={inline} />
      ))}
    </>
  );
}

export function BlockView({
  block,
  index,
  showImages,
}: {
  block: Block;
  index: number;
  showImages: boolean;
}) {
  const id = `hpr-b${index}`;
  switch (block.type) {
    case 'paragraph':
      return (
        <p id={id} data-block={index}>
          <Inlines inlines={block.inlines} />
        </p>
      );
    case 'heading': {
      const Tag = `h${block.level}` as 'h2' | 'h3' | 'h4';
      return (
        <Tag id={id} data-block={index}>
          {block.text}
        </Tag>
      );
    }
    case 'quote':
      return (
        <blockquote id={id} data-block={index}>
          <Inlines inlines={block.inlines} />
        </blockquote>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Inlines inlines={item} />
        </li>
      ));
      return block.ordered ? (
        <ol id={id} data-block={index}>
          {items}
        </ol>
      ) : (
        <ul id={id} data-block={index}>
          {items}
        </ul>
      );
    }
    case 'table':
      return (
        <div class="hpr-table-wrap" id={id} data-block={index}>
          <table>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    cell.header ? (
                      <th key={c} colSpan={cell.colspan} rowSpan={cell.rowspan} scope="col">
                        {cell.text}
                      </th>
                    ) : (
                      <td key={c} colSpan={cell.colspan} rowSpan={cell.rowspan}>
                        {cell.text}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'figure': {
      const src = safeHttpUrl(block.src);
      const caption = [block.caption, block.credit].filter(Boolean).join(' ');
      if (!src || !showImages) {
        return caption ? (
          <p id={id} data-block={index} class="hpr-caption-only">
            {caption}
          </p>
        ) : null;
      }
      return (
        <figure id={id} data-block={index}>
          <img
            src={src}
            alt={block.alt || block.caption}
            loading="lazy"
            decoding="async"
            referrerpolicy="no-referrer"
          />
          {caption && <figcaption>{caption}</figcaption>}
        </figure>
      );
    }
  }
}

export function ArticleBody({ blocks, showImages = true }: { blocks: Block[]; showImages?: boolean }) {
  return (
    <div class="hpr-body">
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} index={i} showImages={showImages} />
      ))}
    </div>
  );
}
