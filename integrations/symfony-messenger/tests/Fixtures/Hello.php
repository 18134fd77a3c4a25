<?php

declare(strict_types=1);

namespace FileQ\Messenger\Tests\Fixtures;

final class Hello
{
    public function __construct(public readonly int $n, public readonly string $text = '')
    {
    }
}
