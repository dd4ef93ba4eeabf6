import asyncio

async def main():
    done = asyncio.Event()
    async def handle(reader, writer):
        while line := await reader.readline():
            writer.write(line.upper())
            await writer.drain()
        writer.close()
        await writer.wait_closed()
        done.set()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for msg in (b"hello\n", b"async world\n"):
        writer.write(msg)
        await writer.drain()
        print(await reader.readline())
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    await done.wait()
    server.close()
    await server.wait_closed()
    print("closed")

asyncio.run(main())
